import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIASES } from '../src/action/aliases.js';
import { envInput, readInputs } from '../src/action/inputs.js';
import { PEER_INPUTS } from '../src/action/peer-inputs.js';
import { uvVersionFromFile } from '../src/action/uv-version-file.js';
import { ConfigurationError } from '../src/core/errors.js';

// setup-python's and setup-uv's input names, read through the public readInputs the action calls.
const inputs = (vars: Record<string, string>, workspace = '/ws') =>
  readInputs(
    envInput(Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))),
    { GITHUB_WORKSPACE: workspace },
  );

function refusal(vars: Record<string, string>, workspace?: string): ConfigurationError {
  try {
    inputs(vars, workspace);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error(`accepted ${JSON.stringify(vars)}`);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-aliases-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('peer input names', () => {
  it('lists each alias once, never an input of ours', () => {
    const names = ALIASES.map((a) => a.alias);
    expect(new Set(names).size).toBe(names.length);
    for (const a of ALIASES) expect(ALIASES.map((b) => b.canonical)).not.toContain(a.alias);
  });

  it.each([
    ['venv-path', 'envs/x', 'venv', '/ws/envs/x'],
    ['version', '0.13.9', 'uvVersion', '0.13.9'],
    ['token', 'ghs_from_setup_python', 'githubToken', 'ghs_from_setup_python'],
  ] as const)('%s sets %s', (alias, value, field, expected) => {
    expect(inputs({ [alias]: value })[field]).toBe(expected);
    // the same value under both names is no conflict
    const canonical = ALIASES.find((a) => a.alias === alias)!.canonical;
    expect(inputs({ [alias]: value, [canonical]: value })[field]).toBe(expected);
  });

  it('token replaces the default github-token (the runner token action.yml fills in)', () => {
    expect(inputs({ 'github-token': 'ghs_runner', token: 'ghp_personal' }).githubToken).toBe('ghp_personal');
  });

  it('turns the venv off with venv: false or activate-environment: false', () => {
    expect(inputs({ venv: 'false' }).venv).toBe(false);
    expect(inputs({ venv: 'FALSE' }).venv).toBe(false);
    expect(inputs({ 'activate-environment': 'false' }).venv).toBe(false);
    expect(inputs({ 'activate-environment': 'true' }).venv).toBe('/ws/.venv');
    expect(inputs({ 'activate-environment': 'true', 'venv-path': '/tmp/custom-venv' }).venv).toBe(
      '/tmp/custom-venv',
    );
    expect(inputs({ 'working-directory': 'app', 'venv-path': 'v' }).venv).toBe('/ws/app/v');
    expect(inputs({ venv: 'true' }).venv).toBe('/ws/.venv');
  });

  it('reads allow-prereleases, tool-dir and tool-bin-dir', () => {
    const i = inputs({ 'allow-prereleases': 'true', 'tool-dir': 'tools', 'tool-bin-dir': '/opt/bin' });
    expect(i).toMatchObject({ allowPrereleases: true, toolDir: '/ws/tools', toolBinDir: '/opt/bin' });
    expect(refusal({ 'allow-prereleases': 'sometimes' }).guidance).toMatch(
      /input "allow-prereleases": "sometimes" is not a boolean/,
    );
    expect(refusal({ 'activate-environment': 'yes' }).guidance).toMatch(
      /input "activate-environment": "yes" is not a boolean/,
    );
  });

  it.each([
    [{ venv: '.venv', 'venv-path': '.other' }, /"venv" \(".venv"\) and "venv-path" \(".other"\).*keep one/],
    [{ 'uv-version': '0.13.9', version: '0.5.0' }, /"uv-version" \("0.13.9"\) and "version" \("0.5.0"\)/],
    [
      { 'activate-environment': 'false', venv: 'env' },
      /"activate-environment".*"venv" \("env"\).*means no venv/,
    ],
    [
      { 'activate-environment': 'false', 'venv-path': 'env' },
      /"activate-environment".*"venv-path" \("env"\).*drop "venv-path"/,
    ],
    [
      { 'activate-environment': 'true', venv: 'false' },
      /"activate-environment".*"venv" \("false"\).*keep one/,
    ],
    [{ version: '0.13.9', 'version-file': 'uv.toml' }, /"version" .* and "version-file".*once/],
    [{ 'uv-version': '0.13.9', 'version-file': 'uv.toml' }, /"uv-version" .* and "version-file"/],
  ])('refuses the conflicting pair %j before any work', (vars, message) => {
    const e = refusal(vars);
    expect(e.guidance).toMatch(message);
    expect(String(e.details.source)).toMatch(/^input /);
  });
});

describe('version-file (setup-uv)', () => {
  const write = async (rel: string, text: string) => {
    const file = path.join(dir, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    return file;
  };

  it.each([
    ['uv-toml/uv.toml', 'required-version = "==0.5.15"\n', '0.5.15'],
    ['py/pyproject.toml', '[project]\nname = "p"\n[tool.uv]\nrequired-version = "0.5.14"\n', '0.5.14'],
    ['dep/pyproject.toml', '[project]\nname = "p"\ndependencies = ["ruff", "uv==0.6.2"]\n', '0.6.2'],
    [
      'grp/pyproject.toml',
      '[dependency-groups]\ndev = ["uv ==0.7.1 ; python_version >= \'3.9\'"]\n',
      '0.7.1',
    ],
    ['req/requirements.txt', '# tools\nruff==0.1\nuv==0.6.17\n', '0.6.17'],
    ['hash/requirements.txt', 'uv==0.8.3 \\\n    --hash=sha256:abc\n', '0.8.3'],
    ['tv/.tool-versions', 'python 3.13.1t\nuv 0.5.15\n', '0.5.15'],
    ['range/uv.toml', 'required-version = ">=0.5,<0.6"\n', '>=0.5,<0.6'],
  ])('reads %s', async (rel, text, expected) => {
    const file = await write(rel, text);
    expect(uvVersionFromFile(file)).toBe(expected);
    // relative to working-directory, through the input
    expect(inputs({ 'version-file': rel }, dir).uvVersion).toBe(expected);
  });

  it('without version or version-file the input stays empty: setup reads the project, and ranges pass', async () => {
    const wd = await fs.mkdtemp(path.join(dir, 'wd-'));
    await fs.writeFile(path.join(wd, 'uv.toml'), 'required-version = "==0.5.15"\n');
    // setup's plan reads required-version (uv-versions.test.ts), so "not given" stays distinguishable
    expect(inputs({}, wd).uvVersion).toBeUndefined();
    expect(inputs({ version: 'latest' }, wd).uvVersion).toBe('latest');
    expect(inputs({ version: '>=0.13,<0.14' }, wd).uvVersion).toBe('>=0.13,<0.14');
  });

  it('takes the Python from a .tool-versions version-file too, as setup-uv does', async () => {
    const both = await write('both/.tool-versions', 'uv 0.13.9\npython 3.11.7\n');
    const uvOnly = await write('uv-only/.tool-versions', 'uv 0.13.9\n');
    expect(inputs({ 'version-file': both }, dir)).toMatchObject({
      uvVersion: '0.13.9',
      pythonVersionFile: both,
    });
    expect(inputs({ 'version-file': uvOnly }, dir).pythonVersionFile).toBeUndefined();
    // python-version or python-version-file given: theirs
    expect(inputs({ 'version-file': both, 'python-version': '3.12' }, dir).pythonVersionFile).toBeUndefined();
    expect(
      inputs({ 'version-file': both, 'python-version-file': 'x/.python-version' }, dir).pythonVersionFile,
    ).toBe(path.join(dir, 'x', '.python-version'));
  });

  it('refuses a file that is missing, invalid or names no uv version, naming the file', async () => {
    const none = await write('none/requirements.txt', 'uvicorn==0.30\n');
    const bad = await write('bad/uv.toml', 'required-version = \n');
    expect(refusal({ 'version-file': 'missing/.tool-versions' }, dir).guidance).toMatch(
      /"version-file" names .*missing\/.tool-versions, but it cannot be read \(ENOENT\)/,
    );
    expect(refusal({ 'version-file': 'missing/uv.toml' }, dir).guidance).toMatch(
      /"version-file" names .*missing\/uv.toml, but it cannot be read \(ENOENT\)/,
    );
    expect(refusal({ 'version-file': none }, dir).guidance).toMatch(/names no uv version.*uv==X.Y.Z/);
    expect(refusal({ 'version-file': bad }, dir).guidance).toMatch(/is not valid TOML/);
  });
});

describe("peer inputs with no meaning here (setup-python's and setup-uv's)", () => {
  const declared = readFileSync(path.join(__dirname, '..', 'action.yml'), 'utf8');
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

  it.each(PEER_INPUTS.map((p) => [p.name, p] as const))(
    '%s is declared in action.yml and listed in the README',
    (name) => {
      expect(declared).toMatch(new RegExp(`^  ${name}:$`, 'm'));
      expect(readme).toContain(`\`${name}\``);
    },
  );

  it('an ignored one is accepted with a log line saying why; nothing given, no line', () => {
    expect(inputs({}).peerNotes).toEqual([]);
    expect(inputs({ 'ignore-empty-workdir': 'true', 'no-project': 'true' }).peerNotes).toEqual([
      expect.stringMatching(
        /^Input "ignore-empty-workdir" \(setup-uv's\) is ignored: an empty working directory/,
      ),
      expect.stringMatching(/^Input "no-project" \(setup-uv's\) is ignored: the venv is always made/),
    ]);
    expect(inputs({ 'ignore-platform-version': 'true' }).peerNotes[0]).toMatch(/setup-python's/);
  });

  it('a refused one is a ConfigurationError naming it and what to do; an accepted value passes', () => {
    const manifest = refusal({ 'manifest-file': 'https://example.invalid/manifest.json' });
    expect(manifest.message).toMatch(
      /^Input "manifest-file" \(setup-uv's\) cannot be honoured here: uv comes from/,
    );
    expect(manifest.details.hint).toMatch(/uv-download-url/);
    expect(refusal({ 'resolution-strategy': 'lowest' }).message).toMatch(/"lowest" is not supported/);
    expect(inputs({ 'resolution-strategy': 'highest' }).peerNotes).toEqual([]);
  });

  it("setup-uv's checksum is the uv archive's expected sha256", () => {
    const sha = 'ab'.repeat(32);
    expect(inputs({ checksum: sha }).uvChecksum).toBe(sha);
    expect(inputs({}).uvChecksum).toBeUndefined();
  });
});
