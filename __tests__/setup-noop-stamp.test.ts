// A rerun of setup with the same requirements into a venv nobody touched skips uv (the no-op rerun), and
// every change a user can make — to the requirements, to the venv, to the stamp itself — brings uv back,
// with the venv then holding what was asked. Real uv, the world's wheels over 127.0.0.1.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/log.js';
import { runSetup, type SetupOptions } from '../src/core/setup/index.js';
import { packageRequest, STAMP_FILE } from '../src/core/setup/package-stamp.js';
import type { PackagePlan } from '../src/core/setup/types.js';
import { startWorld, type World } from '../test-world/index.js';

let world: World;
let tmp: string;
beforeAll(async () => {
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-noop-stamp-'));
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

function options(dir: string, extra: Partial<SetupOptions> = {}): SetupOptions {
  return {
    cwd: dir,
    root: path.join(tmp, 'root'),
    toolsDir: path.join(tmp, 'tools'),
    uvCacheDir: path.join(tmp, 'uv-cache'),
    build: world.fixture.build,
    githubApiUrl: world.apiUrl,
    mirror: world.mirrorUrl,
    uvDownloadUrl: world.uvDownloadUrl,
    indexUrl: world.indexUrl,
    python: world.fixture.version,
    venv: '.venv',
    requirements: ['requirements.txt'],
    ...extra,
  };
}

/** Runs setup and returns its result with the lines it logged. */
async function setup(o: SetupOptions) {
  const lines: string[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
  const result = await runSetup(o, { logger });
  return { result, skipped: lines.some((l) => l.includes('uv pip install skipped')) };
}

const versionIn = (venvPython: string, dist: string) =>
  execFileSync(venvPython, ['-c', `import importlib.metadata as m; print(m.version("${dist}"))`])
    .toString()
    .trim();

// async: the world serves the index from this process, so a synchronous child would wait on it forever
const uvPip = (uvPath: string, venvPython: string, ...args: string[]) =>
  promisify(execFile)(
    uvPath,
    [
      'pip',
      ...args,
      '--python',
      venvPython,
      ...(args[0] === 'install' ? ['--index-url', world.indexUrl] : []),
    ],
    { env: { ...process.env, UV_CACHE_DIR: path.join(tmp, 'uv-cache'), UV_NO_CONFIG: '1' } },
  );

describe('the no-op rerun', () => {
  it('skips uv for the same requests into an untouched venv, and runs it again after any change', async () => {
    const dir = await mkdtemp(path.join(tmp, 'project-'));
    await writeFile(
      path.join(dir, 'requirements.txt'),
      '# pinned\nsix==1.16.0\nidna>=3 ; python_version >= "3"\n',
    );
    const first = await setup(options(dir));
    expect(first.skipped).toBe(false);
    expect(first.result.packages?.unchanged).toBeUndefined();
    const py = first.result.venv!.pythonPath;
    const uv = first.result.uv.path;
    expect(versionIn(py, 'six')).toBe('1.16.0');

    const rerun = await setup(options(dir));
    expect(rerun.skipped).toBe(true);
    expect(rerun.result.packages).toMatchObject({ unchanged: true, requested: 1 });
    expect(rerun.result.packages?.names).toEqual(first.result.packages?.names);

    // the requirements change: uv runs and the venv follows them
    await writeFile(path.join(dir, 'requirements.txt'), 'six==1.17.0\nidna>=3\n');
    const edited = await setup(options(dir));
    expect(edited.skipped).toBe(false);
    expect(versionIn(py, 'six')).toBe('1.17.0');
    expect((await setup(options(dir))).skipped).toBe(true);

    // someone uninstalls a requirement behind setup's back: it comes back
    await uvPip(uv, py, 'uninstall', 'idna');
    const repaired = await setup(options(dir));
    expect(repaired.skipped).toBe(false);
    expect(versionIn(py, 'idna')).toMatch(/^3\./);

    // someone downgrades one: uv checks again and puts back what is asked
    expect((await setup(options(dir))).skipped).toBe(true);
    await uvPip(uv, py, 'install', 'six==1.15.0');
    const downgraded = await setup(options(dir));
    expect(downgraded.skipped).toBe(false);
    expect(versionIn(py, 'six')).toBe('1.17.0');

    // someone reinstalls the same version (same names in site-packages, a new dist-info): uv checks again
    await uvPip(uv, py, 'install', '--reinstall', 'six==1.17.0');
    expect((await setup(options(dir))).skipped).toBe(false);
    expect((await setup(options(dir))).skipped).toBe(true);

    // another package added by hand: uv runs once (it keeps it), then the rerun skips again
    await uvPip(uv, py, 'install', 'iniconfig');
    expect((await setup(options(dir))).skipped).toBe(false);
    expect(versionIn(py, 'iniconfig')).toMatch(/^\d/);
    expect((await setup(options(dir))).skipped).toBe(true);

    // a corrupt stamp costs only the skip; the temp of a setup killed while writing the stamp goes with the
    // next stamp written (its pid is dead), a running one's stays
    await writeFile(path.join(dir, '.venv', STAMP_FILE), '{"format": 1, "req');
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => gone.on('exit', r));
    const deadTemp = `${STAMP_FILE}.${gone.pid}.0badf00d.tmp`;
    const liveTemp = `${STAMP_FILE}.${process.pid}.0badf00d.tmp`;
    for (const t of [deadTemp, liveTemp]) await writeFile(path.join(dir, '.venv', t), '{"format": 1, "na');
    expect((await setup(options(dir))).skipped).toBe(false);
    expect(await readdir(path.join(dir, '.venv'))).not.toContain(deadTemp);
    expect(await readdir(path.join(dir, '.venv'))).toContain(liveTemp);
    await rm(path.join(dir, '.venv', liveTemp));
    expect(JSON.parse(await readFile(path.join(dir, '.venv', STAMP_FILE), 'utf8'))).toMatchObject({
      names: expect.arrayContaining(['six', 'idna']) as unknown,
    });
    expect((await setup(options(dir))).skipped).toBe(true);

    // a spec added on the command line is a different request
    const withSpec = await setup(options(dir, { packages: ['pluggy'] }));
    expect(withSpec.skipped).toBe(false);
    expect(versionIn(py, 'pluggy')).toMatch(/^\d/);
  });
});

describe('which requests may skip uv', () => {
  const plan = (over: Partial<PackagePlan> = {}): PackagePlan => ({
    requirements: ['requirements.txt'],
    constraints: [],
    editable: false,
    extras: [],
    specs: [],
    index: {},
    groups: [],
    allExtras: false,
    ...over,
  });
  let venv: string;
  beforeAll(async () => {
    venv = await mkdtemp(path.join(tmp, 'cfg-'));
    await writeFile(path.join(venv, 'pyvenv.cfg'), 'home = /opt/python/bin\n');
  });
  const requestFor = async (text: string, over: Partial<PackagePlan> = {}) => {
    const dir = await mkdtemp(path.join(tmp, 'req-'));
    await writeFile(path.join(dir, 'requirements.txt'), text);
    return packageRequest(plan(over), dir, venv);
  };

  it.each([
    [
      'pins, ranges, extras, markers and comments',
      'six==1.16.0  # pinned\nrequests[socks]>=2,<3\nidna ; python_version >= "3.8"\n\n',
    ],
    ['an empty file', ''],
  ])('%s may skip', async (_what, text) => {
    expect(await requestFor(text)).toMatchObject({ home: '/opt/python/bin' });
  });

  it.each([
    ['a nested requirements file', '-r more.txt\n'],
    ['a constraints file named inside', '-c constraints.txt\nsix\n'],
    ['an editable', '-e ./pkg\n'],
    ['a local path', './wheels/six-1.16.0-py2.py3-none-any.whl\n'],
    ['a wheel file name', 'six-1.16.0-py2.py3-none-any.whl\n'],
    ['a direct URL', 'six @ https://example.org/six-1.16.0-py2.py3-none-any.whl\n'],
    ['a VCS URL', 'git+https://example.org/six.git\n'],
    ['an option line', '--index-url https://example.org/simple\nsix==1.16.0\n'],
    ['a continued line (hashes)', 'six==1.16.0 \\\n    --hash=sha256:00\n'],
  ])('%s never skips: its result can change while its text does not', async (_what, text) => {
    expect(await requestFor(text)).toBeUndefined();
  });

  it('a project, a pyproject, an editable install or a URL spec never skips', async () => {
    expect(await requestFor('six\n', { pyproject: 'pyproject.toml' })).toBeUndefined();
    expect(await requestFor('six\n', { editable: true })).toBeUndefined();
    expect(await requestFor('six\n', { specs: ['six @ https://example.org/six.whl'] })).toBeUndefined();
    expect(await requestFor('six\n', { specs: ['pluggy>=1'] })).toMatchObject({ specs: ['pluggy>=1'] });
  });

  it('a missing requirements file is left to uv to report', async () => {
    expect(await packageRequest(plan({ requirements: ['nowhere.txt'] }), tmp, venv)).toBeUndefined();
  });
});
