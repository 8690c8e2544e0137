import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicy, readCacheInputs } from '../src/action/cache-inputs.js';
import { pythonCacheKey, uvCacheKey } from '../src/action/cache-key.js';
import { envInput, readInputs } from '../src/action/inputs.js';
import { osNameAndVersion, type OsProbe } from '../src/action/os-version.js';
import matcher from '../src/action/python-matcher.json' with { type: 'json' };
import { ConfigurationError } from '../src/core/errors.js';
import { startWorld, type World } from '../test-world/index.js';
import { inputEnv, runMainStep } from './workflows/runner-files.js';

const cacheInputs = (vars: Record<string, string>) => readCacheInputs(envInput(inputEnv(vars)));

const probe = (o: Partial<OsProbe>): OsProbe => ({
  env: {},
  platform: 'linux',
  release: () => '6.8.0',
  readFile: () => undefined,
  macosVersion: () => undefined,
  ...o,
});

describe('OS part of the cache keys', () => {
  it('names the hosted image when there is one, else os-release, the macOS version or the Windows build', () => {
    expect(osNameAndVersion(probe({ env: { ImageOS: 'ubuntu24', ImageVersion: '20250105.1.0' } }))).toBe(
      'ubuntu24-20250105.1.0',
    );
    const osRelease = 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="22.04"\n';
    expect(
      osNameAndVersion(probe({ readFile: (f) => (f === '/etc/os-release' ? osRelease : undefined) })),
    ).toBe('ubuntu-22.04');
    expect(osNameAndVersion(probe({ readFile: () => 'ID=alpine\n' }))).toBe('alpine-unknown');
    expect(osNameAndVersion(probe({ platform: 'darwin', macosVersion: () => '15.1' }))).toBe('macos-15.1');
    expect(osNameAndVersion(probe({ platform: 'win32', release: () => '10.0.26100' }))).toBe(
      'windows-10.0.26100',
    );
  });

  it('gives different uv and Python keys across ImageOS and ImageVersion', () => {
    const parts = {
      os: 'linux',
      arch: 'x86_64',
      libc: 'gnu',
      pythonKey: 'cpython-3.12.5-linux-x86_64-gnu',
      pythonBuild: '20240814',
      uvVersion: '0.13.9',
      depsHash: 'abc',
    };
    const images = [
      { ImageOS: 'ubuntu22', ImageVersion: '20250105.1' },
      { ImageOS: 'ubuntu24', ImageVersion: '20250105.1' },
      { ImageOS: 'ubuntu24', ImageVersion: '20250112.1' },
    ];
    const osVersions = images.map((env) => osNameAndVersion(probe({ env })));
    const uvKeys = osVersions.map((osVersion) => uvCacheKey({ ...parts, osVersion }));
    expect(new Set(uvKeys.map((k) => k.primary)).size).toBe(3);
    expect(new Set(uvKeys.map((k) => k.restorePrefix)).size).toBe(3); // a miss never restores another image's
    const pyKeys = osVersions.map((osVersion) =>
      pythonCacheKey({
        osVersion,
        toolCacheArch: 'pbs-linux-x86_64-gnu-20240814-install_only',
        version: '3.12.5',
      }),
    );
    expect(pyKeys[0]).toBe(
      'pyembed-python-1-ubuntu22-20250105.1-pbs-linux-x86_64-gnu-20240814-install_only-3.12.5',
    );
    expect(new Set(pyKeys).size).toBe(3);
  });

  it('puts cache-suffix in the restore prefix, so two suffixes never share a cache', () => {
    const parts = {
      os: 'linux',
      osVersion: 'debian-12',
      arch: 'x86_64',
      libc: 'gnu',
      pythonKey: 'cpython-3.12.5-linux-x86_64-gnu',
      pythonBuild: '20240814',
      uvVersion: '0.13.9',
      depsHash: 'abc',
    };
    const a = uvCacheKey({ ...parts, suffix: 'docs' });
    const b = uvCacheKey({ ...parts, suffix: 'tests' });
    expect(a.primary).toBe(
      'pyembed-uv-2-linux-debian-12-x86_64-gnu-cpython-3.12.5-linux-x86_64-gnu-20240814-uv0.13.9-docs-abc',
    );
    expect(a.restorePrefix).toBe(
      'pyembed-uv-2-linux-debian-12-x86_64-gnu-cpython-3.12.5-linux-x86_64-gnu-20240814-uv0.13.9-docs-',
    );
    expect(b.primary.startsWith(a.restorePrefix)).toBe(false);
  });
});

describe('cache inputs and their setup-python / setup-uv aliases', () => {
  it('cache: pip|pipenv|poetry implies seed unless seed is given or there is no venv', () => {
    const seed = (vars: Record<string, string>) =>
      readInputs(
        envInput(Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))),
        { GITHUB_WORKSPACE: '/ws' },
      ).seed;
    for (const m of ['pip', 'pipenv', 'poetry']) expect(seed({ cache: m })).toBe(true);
    expect(seed({ cache: 'pip', seed: 'false' })).toBe(false);
    expect(seed({ cache: 'pip', venv: 'false' })).toBe(false);
    expect(seed({ cache: 'true' })).toBe(false);
    expect(seed({})).toBe(false);
  });

  it('reads cache: pip|pipenv|poetry as caching on, remembering which', () => {
    for (const m of ['pip', 'pipenv', 'poetry'] as const) {
      expect(cacheInputs({ cache: m })).toMatchObject({ enabled: true, packageManager: m });
    }
    expect(cacheInputs({ cache: 'false' }).enabled).toBe(false);
    expect(cacheInputs({}).enabled).toBe(true);
  });

  it('reads enable-cache true/false/auto, restore/save/prune, suffix, local path, dependency-path alias', () => {
    expect(cacheInputs({ 'enable-cache': 'false' }).enabled).toBe(false);
    expect(cacheInputs({ 'enable-cache': 'auto', cache: 'false' }).enabled).toBe(false);
    expect(cacheInputs({ 'enable-cache': 'true' }).enabled).toBe(true);
    expect(
      cacheInputs({
        'restore-cache': 'false',
        'save-cache': 'true',
        'prune-cache': 'false',
        'cache-suffix': 'nightly',
        'cache-local-path': '/tmp/uvc',
        'cache-dependency-path': 'requirements/*.txt',
        'ignore-nothing-to-cache': 'true',
        'cache-python': 'true',
      }),
    ).toEqual({
      enabled: true,
      restore: false,
      save: true,
      saveExplicit: true,
      prune: false,
      suffix: 'nightly',
      dependencyGlobs: ['requirements/*.txt'],
      localPath: '/tmp/uvc',
      ignoreNothingToCache: true,
      packageManager: undefined,
      python: true,
    });
  });

  it('refuses contradicting pairs and bad values, naming both inputs', () => {
    const refused = (vars: Record<string, string>) => {
      try {
        cacheInputs(vars);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        return (e as ConfigurationError).guidance;
      }
      throw new Error(`accepted ${JSON.stringify(vars)}`);
    };
    expect(refused({ cache: 'false', 'enable-cache': 'true' })).toBe(
      'Inputs "cache: false" and "enable-cache: true" contradict each other. Set only one of "cache" and "enable-cache" (enable-cache is the other action\'s name for the same setting).',
    );
    expect(refused({ cache: 'pip', 'enable-cache': 'false' })).toMatch(
      /"cache: pip" and "enable-cache: false"/,
    );
    expect(refused({ 'cache-dependency-glob': 'a.txt', 'cache-dependency-path': 'b.txt' })).toMatch(
      /"cache-dependency-glob: a.txt" and "cache-dependency-path: b.txt"/,
    );
    expect(refused({ 'enable-cache': 'sometimes' })).toMatch(/input "enable-cache".*true, false or auto/);
    expect(refused({ 'cache-python': 'yes' })).toMatch(/input "cache-python"/);
  });
});

describe('cache policy per event', () => {
  const on = cacheInputs({});
  it('restores and saves on push and pull_request; pull_request_target restores but never saves by default', () => {
    expect(cachePolicy(on, { offline: false, event: 'push' })).toEqual({ restore: true, save: true });
    expect(cachePolicy(on, { offline: false, event: 'pull_request' })).toEqual({ restore: true, save: true });
    expect(cachePolicy(on, { offline: false, event: 'pull_request_target' })).toMatchObject({
      restore: true,
      save: false,
      reason: expect.stringContaining('save-cache: true'),
    });
    const explicit = cacheInputs({ 'save-cache': 'true' });
    expect(cachePolicy(explicit, { offline: false, event: 'pull_request_target' })).toEqual({
      restore: true,
      save: true,
    });
  });

  it('offline and caching off keep the cache service out', () => {
    expect(cachePolicy(on, { offline: true, event: 'push' })).toMatchObject({ restore: false, save: false });
    expect(cachePolicy(cacheInputs({ 'enable-cache': 'false' }), { offline: false })).toEqual({
      restore: false,
      save: false,
    });
    expect(
      cachePolicy(cacheInputs({ 'restore-cache': 'false', 'save-cache': 'false' }), { offline: false }),
    ).toEqual({ restore: false, save: false });
  });
});

// The main step as a runner runs it, against the local world (see action-run.test.ts).
let world: World;
let tmp: string;
let workspace: string;

function runMain(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runMainStep(world, { tmp, workspace, toolCache: path.join(tmp, 'tool-cache') }, inputs, extraEnv);
}

describe('the main step with the cache inputs', () => {
  beforeAll(async () => {
    world = await startWorld();
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-action-cache-'));
    workspace = path.join(tmp, 'workspace');
    await fs.mkdir(workspace, { recursive: true });
    await fs.writeFile(path.join(workspace, 'requirements.txt'), 'six==1.17.0\n');
  });
  afterAll(async () => {
    await world?.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('cache-key output: the OS image and cache-suffix in it; pull_request_target leaves nothing to save', async () => {
    const env = { ImageOS: 'ubuntu24', ImageVersion: '20250105.1', GITHUB_EVENT_NAME: 'pull_request_target' };
    const r = await runMain({ requirements: 'requirements.txt', 'cache-suffix': 'lint' }, env);
    expect(r.errors, r.stdout).toEqual([]);
    const key = r.files.outputs['cache-key'];
    expect(key).toMatch(
      /^pyembed-uv-2-linux-ubuntu24-20250105\.1-x86_64-gnu-cpython-3\.11\.7-.*-uv0\.13\.9-lint-[0-9a-f]{32}-[0-9a-f]{8}$/,
    );
    expect(r.files.state['uv-cache-key']).toBe(key);
    expect(r.files.state['uv-cache-save']).toBe('false');
    expect(r.stdout).toContain(
      'pull_request_target: caches are not saved (set save-cache: true to save anyway)',
    );
    // a newer image of the same OS: another key
    const next = await runMain(
      { requirements: 'requirements.txt', 'cache-suffix': 'lint', venv: '.venv-next', 'save-cache': 'true' },
      { ...env, ImageVersion: '20250112.1' },
    );
    expect(next.errors, next.stdout).toEqual([]);
    expect(next.files.outputs['cache-key']).toBe(key.replace('20250105.1', '20250112.1'));
    expect(next.files.state['uv-cache-save']).toBe('true'); // save-cache: true written out
  });

  it('caching off (enable-cache: false): no key, no restore, cache-hit false, UV_CACHE_DIR not set', async () => {
    const r = await runMain({ requirements: 'requirements.txt', 'enable-cache': 'false', venv: '.venv-off' });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.files.outputs['cache-hit']).toBe('false');
    expect(r.files.outputs['cache-key']).toBe('');
    expect(r.files.env.UV_CACHE_DIR).toBeUndefined();
    expect(r.files.state['uv-cache-key']).toBeUndefined();
    expect(r.stdout).toContain('Caching is off: nothing is restored or saved.');
  });

  it('cache: pip says uv serves it, seeds pip into the venv; cache-local-path becomes UV_CACHE_DIR', async () => {
    const r = await runMain({
      requirements: 'requirements.txt',
      cache: 'pip',
      'cache-local-path': 'uv-cache-here',
      venv: '.venv-pip',
    });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.stdout).toContain("cache: pip turns caching on; uv's cache serves pip's role here");
    expect(r.stdout).toContain('cache: pip seeds pip into the venv (seed: true)');
    // setup-python users' next step, `pip install`, finds the venv's own pip
    const pip = execFileSync(path.join(workspace, '.venv-pip', 'bin', 'python'), ['-m', 'pip', '--version']);
    expect(String(pip)).toMatch(/^pip \d+/);
    expect(r.files.env.UV_CACHE_DIR).toBe(path.join(workspace, 'uv-cache-here'));
    expect(r.files.state['uv-cache-dir']).toBe(path.join(workspace, 'uv-cache-here'));
    expect((await fs.readdir(path.join(workspace, 'uv-cache-here'))).length).toBeGreaterThan(0);
  });

  it('offline: the Actions cache service is not used (no restore, nothing to save)', async () => {
    const r = await runMain({ requirements: 'requirements.txt', offline: 'true', venv: '.venv-offline' });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.stdout).toContain('Cache: offline: the Actions cache service is not used.');
    expect(r.stdout).not.toMatch(/uv cache restored|No uv cache for/);
    expect(r.files.state['uv-cache-save']).toBe('false');
  });

  it('a conflicting pair fails before any request', async () => {
    const before = world.server.requests.length;
    const r = await runMain({ cache: 'false', 'enable-cache': 'true' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^::error title=ConfigurationError::Inputs "cache: false" and "enable-cache: true"/,
    );
    expect(world.server.requests.length).toBe(before);
  });

  it('import refuses inputs it cannot honour and a missing archive, before any request', async () => {
    const before = world.server.requests.length;
    const both = await runMain({ import: 'python.tar.gz', requirements: 'requirements.txt' });
    expect(both.code).toBe(1);
    expect(both.errors).toEqual([
      expect.stringMatching(
        /^::error title=ConfigurationError::Input "requirements" cannot be used with "import"\./,
      ),
    ]);
    const missing = await runMain({ import: 'nothing-here.tar.gz' });
    expect(missing.errors).toEqual([
      expect.stringContaining(
        `Input "import": ${path.join(workspace, 'nothing-here.tar.gz')} is not a file.`,
      ),
    ]);
    expect(world.server.requests.length).toBe(before);
  });

  it("registers the traceback matcher, which matches a real CPython traceback's raise", async () => {
    const r = await runMain({ venv: '.venv-matcher' });
    expect(r.errors, r.stdout).toEqual([]);
    const line = r.stdout.split('\n').find((l) => l.startsWith('::add-matcher::'));
    expect(line).toBeDefined();
    expect(JSON.parse(await fs.readFile(line!.slice('::add-matcher::'.length), 'utf8'))).toEqual(matcher);
    const script = path.join(workspace, 'boom.py');
    await fs.writeFile(script, "def f():\n    raise ValueError('boom here')\n\nf()\n");
    const run = spawnSync(r.files.outputs['python-path'], [script], { encoding: 'utf8' });
    const lines = run.stderr.split('\n');
    const [fileRe, raiseRe] = matcher.problemMatcher[0].pattern.map((p) => new RegExp(p.regexp));
    const at = lines.findIndex((l, i) => fileRe.test(l) && raiseRe.test(lines[i + 1] ?? ''));
    expect(at, run.stderr).toBeGreaterThanOrEqual(0);
    expect(fileRe.exec(lines[at])!.slice(1, 3)).toEqual([script, '2']);
    expect(raiseRe.exec(lines[at + 1])![2]).toBe('boom here');
    const off = await runMain({ venv: '.venv-matcher', 'add-problem-matchers': 'false' });
    expect(off.stdout).not.toContain('::add-matcher::');
  });
});

describe('example and test workflows', () => {
  /** The `run:` scripts of a workflow: a one-line `run: x` or the indented block under `run: |`. */
  function runScripts(text: string): string[] {
    const lines = text.split('\n');
    const scripts: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = /^(\s*)(- )?run:\s*(.*)$/.exec(lines[i]);
      if (!m) continue;
      if (!/^[|>]/.test(m[3])) {
        scripts.push(m[3]);
        continue;
      }
      const keyColumn = m[1].length + (m[2] ? 2 : 0);
      const indent = (l: string) => /^\s*/.exec(l)![0].length;
      const body: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1].trim() === '' || indent(lines[i + 1]) > keyColumn)) {
        body.push(lines[++i]);
      }
      scripts.push(body.join('\n'));
    }
    return scripts;
  }

  it('pass step outputs to run: through env:, never ${{ }} inside a script (template injection)', async () => {
    const repo = path.resolve(import.meta.dirname, '..');
    const files = [
      ...(await fs.readdir(path.join(repo, 'examples', 'workflows'))).map((f) =>
        path.join(repo, 'examples', 'workflows', f),
      ),
      ...(await fs.readdir(path.join(repo, '__tests__', 'workflows'))).map((f) =>
        path.join(repo, '__tests__', 'workflows', f),
      ),
    ].filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const scripts = runScripts(await fs.readFile(f, 'utf8'));
      expect(scripts.length, f).toBeGreaterThan(0);
      for (const s of scripts) expect(s, `${f}: ${s}`).not.toContain('${{');
    }
    expect(runScripts('    - run: echo "${{ steps.x.outputs.y }}"\n')).toEqual([
      'echo "${{ steps.x.outputs.y }}"',
    ]);
  });
});
