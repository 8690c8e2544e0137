import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { runMainStep } from './workflows/runner-files.js';

// The main step run as a runner runs it, with setup-uv's and setup-python's input names, against the local
// world: what their users see in outputs, environment and PATH.
let world: World;
let tmp: string;
let toolCache: string;
let workspace: string;

function runMain(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runMainStep(world, { tmp, workspace, toolCache: toolCache }, inputs, extraEnv);
}

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-dropin-'));
  toolCache = path.join(tmp, 'tool-cache');
  workspace = path.join(tmp, 'workspace');
  await fs.mkdir(workspace, { recursive: true });
  await fs.writeFile(path.join(workspace, 'requirements.txt'), 'six==1.17.0\n');
  // setup-uv's version-file: a requirements file pinning uv
  await fs.writeFile(
    path.join(workspace, 'requirements-tools.txt'),
    'ruff==0.6.0\nuv==0.13.9 ; python_version >= "3.8"\n',
  );
});

afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('the action under setup-uv / setup-python names', () => {
  it('activate-environment: false gives Python and uv only; UV_NO_MODIFY_PATH keeps uv off PATH', async () => {
    const r = await runMain(
      {
        'activate-environment': 'false',
        'tool-dir': 'uv-tools',
        'tool-bin-dir': 'uv-tools/bin',
        cache: 'false',
      },
      { UV_NO_MODIFY_PATH: '1' },
    );
    expect(r.errors, r.stdout + r.stderr).toEqual([]);
    const { outputs, env, path: paths } = r.files;
    // no venv: python-path is the installation's interpreter, in the tool cache
    expect(outputs['venv']).toBe('');
    expect(outputs['venv-path']).toBe('');
    expect(outputs['python-path']).toBe(path.join(env.pythonLocation, 'bin', 'python3'));
    expect(env.pythonLocation.startsWith(path.join(toolCache, 'Python', world.fixture.version))).toBe(true);
    await expect(fs.access(path.join(workspace, '.venv'))).rejects.toThrow();
    expect(env.VIRTUAL_ENV).toBeUndefined();
    expect(env.UV_PYTHON).toBe(outputs['python-path']);
    expect(env).toMatchObject({
      Python_ROOT_DIR: env.pythonLocation,
      Python3_ROOT_DIR: env.pythonLocation,
      UV_TOOL_DIR: path.join(workspace, 'uv-tools'),
      UV_TOOL_BIN_DIR: path.join(workspace, 'uv-tools', 'bin'),
    });
    expect(env.PKG_CONFIG_PATH.split(':')[0]).toBe(path.join(env.pythonLocation, 'lib', 'pkgconfig'));
    // only Python's directory goes on PATH
    expect(paths).toEqual([path.dirname(outputs['python-path'])]);
    expect(r.stdout).toContain('UV_NO_MODIFY_PATH is set');
    // uvx sits beside uv and runs
    expect(outputs['uvx-path']).toBe(path.join(path.dirname(outputs['uv-path']), 'uvx'));
    expect(execFileSync(outputs['uvx-path'], ['--version'], { encoding: 'utf8' })).toMatch(/^uvx 0\.13\.9/);
  });

  it('venv-path, version-file and token: the venv, uv and token as setup-uv names them', async () => {
    const r = await runMain({
      'activate-environment': 'true',
      'venv-path': path.join(tmp, 'custom-venv'),
      'version-file': 'requirements-tools.txt',
      token: 'ghs_setup_python_token_456',
      'check-latest': 'true',
      requirements: 'requirements.txt',
      cache: 'false',
    });
    expect(r.errors, r.stdout + r.stderr).toEqual([]);
    const { outputs, env, path: paths } = r.files;
    const venv = path.join(tmp, 'custom-venv');
    expect(outputs).toMatchObject({ venv, 'venv-path': venv, 'uv-version': '0.13.9' });
    expect(env.VIRTUAL_ENV).toBe(venv);
    expect(outputs['python-path']).toBe(path.join(venv, 'bin', 'python'));
    expect(
      execFileSync(outputs['python-path'], ['-c', 'import six; print(six.__version__)'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('1.17.0');
    // uv's tool bin dir (HOME/.local/bin here), uv, then the venv: added last = first on PATH
    expect(paths).toEqual([
      path.join(tmp, '.local', 'bin'),
      path.dirname(outputs['uv-path']),
      path.join(venv, 'bin'),
    ]);
    expect(r.stdout).toContain('::add-mask::ghs_setup_python_token_456');
    // the world's release (pinned by runMainStep) is asked of the API, this time with the token
    const release = world.server.requests
      .filter((q) => q.path.endsWith(`/releases/tags/${world.fixture.build}`))
      .at(-1);
    expect(release?.headers.authorization).toBe('token ghs_setup_python_token_456');
  });

  it("setup-python's pip-version: that pip in the venv; an unknown release fails the step naming it", async () => {
    const r = await runMain({ 'pip-version': '24.3.1', venv: '.venv-pip-version', cache: 'false' });
    expect(r.errors, r.stdout + r.stderr).toEqual([]);
    const py = r.files.outputs['python-path'];
    expect(String(execFileSync(py, ['-m', 'pip', '--version']))).toMatch(/^pip 24\.3\.1 /);

    const missing = await runMain({ 'pip-version': '99.1', venv: '.venv-pip-missing', cache: 'false' });
    expect(missing.code).toBe(1);
    expect(missing.errors).toEqual([
      expect.stringMatching(/^::error title=PackageInstallationError::.*pip==99\.1/),
    ]);
    const bad = await runMain({ 'pip-version': 'newest' });
    expect(bad.errors).toEqual([expect.stringMatching(/input "pip-version": "newest" is not a pip release/)]);
  });

  it('a peer input with no meaning here is noted in the log (ignored) or fails the step (refused)', async () => {
    const noted = await runMain({ 'ignore-empty-workdir': 'true', venv: '.venv-noted', cache: 'false' });
    expect(noted.errors, noted.stdout).toEqual([]);
    expect(noted.stdout).toContain(`Input "ignore-empty-workdir" (setup-uv's) is ignored`);
    const before = world.server.requests.length;
    const refused = await runMain({ 'manifest-file': 'https://example.invalid/uv.json' });
    expect(refused.errors).toEqual([
      expect.stringMatching(
        /^::error title=ConfigurationError::Input "manifest-file" \(setup-uv's\) cannot be honoured/,
      ),
    ]);
    expect(world.server.requests.length).toBe(before);
  });

  it('refuses venv beside a different venv-path with one line, before any request', async () => {
    const before = world.server.requests.length;
    const r = await runMain({ venv: '.venv', 'venv-path': '.venv-uv' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      '::error title=ConfigurationError::Inputs "venv" (".venv") and "venv-path" (".venv-uv") are both set and disagree. "venv-path" is setup-uv\'s name for "venv": keep one of them.',
    ]);
    expect(world.server.requests.length).toBe(before);
    expect(r.files.outputs['python-path']).toBeUndefined();
  });
});
