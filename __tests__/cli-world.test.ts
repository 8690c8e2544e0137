// The built CLI against the local world: setup, then every command that needs an instance, a venv or uv,
// each with --json parsed and asserted. One world and one sandbox root for the file; tests run in order.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../src/core/catalog/index.js';
import { compareVersionText } from '../src/core/versions/version.js';
import { startWorld, type World } from '../test-world/index.js';
import { cliPath, repo, runCli, sandbox, type CliRun, type Sandbox } from './cli-helpers.js';

let world: World;
let sb: Sandbox;
let worldEnv: NodeJS.ProcessEnv;
let cli: (args: string[], extra?: { cwd?: string; env?: NodeJS.ProcessEnv }) => Promise<CliRun>;

beforeAll(async () => {
  world = await startWorld();
  sb = await sandbox();
  worldEnv = {
    GITHUB_API_URL: world.apiUrl,
    PYEMBED_MIRROR: world.mirrorUrl,
    PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
    PYEMBED_INDEX_URL: world.indexUrl,
    PYEMBED_PYTHON: '3.11.7',
    // the world's release of its CPython, which the bundled catalogue does not know (test-world/served-fixture.ts)
    PYEMBED_BUILD: world.fixture.build,
    PYEMBED_BACKOFF_MS: '10',
  };
  cli = (args, extra = {}) =>
    runCli(args, { env: { ...sb.env, ...worldEnv, ...extra.env }, cwd: extra.cwd ?? sb.dir });
});
afterAll(async () => {
  await world?.close();
  await sb?.cleanup();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function ok(r: CliRun): Json {
  if (r.code !== 0) throw new Error(`exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r.json<Json>();
}

function failed(r: CliRun, name: string, code: number): Json {
  expect(r.code, r.stderr).toBe(code);
  const { error } = r.json<{ error: Json }>();
  expect(error.name).toBe(name);
  expect(error.exitCode).toBe(code);
  expect(typeof error.message).toBe('string');
  return error;
}

describe('pyembed setup', () => {
  it('installs Python, uv, a venv and the requirements, and prints one JSON document', async () => {
    const r = await cli([
      'setup',
      '3.11.7',
      '--json',
      '--requirements',
      path.join(repo, 'examples', 'requirements.txt'),
    ]);
    const s = ok(r);
    expect(s.requested).toEqual({ spec: '3.11.7', source: 'argument' });
    expect(s.python).toMatchObject({
      version: '3.11.7',
      key: world.fixture.key,
      build: world.fixture.build,
      cacheHit: false,
      installer: 'pyembed',
    });
    expect(s.python.pythonPath.startsWith(sb.env.PYEMBED_ROOT!)).toBe(true);
    expect(s.uv).toMatchObject({ version: '0.13.9', source: 'download' });
    expect(s.venv.path).toBe(path.join(s.python.instanceDir, 'venvs', 'default'));
    expect(existsSync(s.venv.pythonPath)).toBe(true);
    expect(s.packages.names.map((n: string) => n.toLowerCase())).toEqual(
      expect.arrayContaining(['tabulate', 'six']),
    );
    expect(s.phases.map((p: Json) => p.name)).toEqual(['resolve', 'install', 'uv', 'venv', 'packages']);
    // logs went to stderr, not into the JSON
    expect(r.stderr).toContain('Resolved 3.11.7');
  });

  it('a second setup downloads nothing', async () => {
    const before = world.server.downloadRequests().length;
    const s = ok(
      await cli([
        'setup',
        '3.11.7',
        '--json',
        '--requirements',
        path.join(repo, 'examples', 'requirements.txt'),
      ]),
    );
    expect(s.python.cacheHit).toBe(true);
    expect(s.uv.cacheHit).toBe(true);
    expect(s.venv.created).toBe(false);
    expect(world.server.downloadRequests().length).toBe(before);
  });

  it('--export writes the instance with its venvs to an archive', async () => {
    const archive = path.join(sb.dir, 'setup-export.tar.zst');
    const s = ok(await cli(['setup', '3.11.7', '--json', '--export', archive]));
    expect(s.exportPath).toBe(archive);
    expect(s.phases.map((p: Json) => p.name)).toEqual(['resolve', 'install', 'uv', 'venv', 'export']);
    const listing = execFileSync('tar', ['--zstd', '-tf', archive], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(listing).toMatch(/\/venvs\/default\/pyvenv\.cfg$/m);
    expect(listing).toMatch(/\/instance\.json$/m);
  });

  it('human output names the paths and the phase timings', async () => {
    const r = await cli(['setup', '3.11.7', '--no-venv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^python\s+3\.11\.7 \(cpython-3\.11\.7-linux-x86_64-gnu, build 20240108\)/m);
    expect(r.stdout).toMatch(/^timings\s+resolve .* install .* uv .* total /m);
  });
});

describe('run and exec', () => {
  it('run -- <script> in the venv, with --json capturing its output', async () => {
    const s = ok(
      await cli(['run', '--venv', 'default', '--json', '--', path.join(repo, 'examples', 'hello.py')]),
    );
    expect(s.exitCode).toBe(0);
    expect(s.stdout).toContain('3.11.7');
    expect(s.stdout).toContain('&lt;b&gt;ok&lt;/b&gt;');
  });

  it("run passes the child's exit code and output through", async () => {
    const r = await cli(['run', '--', '-c', 'import sys; print("hi"); sys.exit(7)']);
    expect(r.code).toBe(7);
    expect(r.stdout).toBe('hi\n');
  });

  it('without --venv: the default venv setup made; --base: the instance itself', async () => {
    const inVenv = ok(
      await cli(['exec', '--json', 'import sys; print(sys.prefix != sys.base_prefix, sys.prefix)']),
    );
    expect(inVenv.target).toMatch(/^venv default \(cpython-3\.11\.7-/);
    expect(inVenv.stdout).toMatch(/^True .*venvs\/default\n$/);
    const base = ok(
      await cli(['exec', '--json', '--base', 'import sys; print(sys.prefix != sys.base_prefix)']),
    );
    expect(base.stdout).toBe('False\n');
  });

  it('exec evaluates code in the venv; an exception is PythonExecutionError (30)', async () => {
    const s = ok(
      await cli([
        'exec',
        '--venv',
        'default',
        '--json',
        'import tabulate, sys; print(tabulate.__version__, sys.prefix)',
      ]),
    );
    expect(s.stdout.trim()).toMatch(/^0\.9\.0 .*venvs\/default$/);
    const human = await cli(['exec', 'print(6 * 7)']);
    expect(human.code).toBe(0);
    expect(human.stdout).toBe('42\n');
    const piped = await runCli(['exec', '-'], {
      env: { ...sb.env, ...worldEnv },
      cwd: sb.dir,
      input: 'x = 6\nprint(x * 7)\n',
    });
    expect(piped.stdout).toBe('42\n');
    const err = failed(await cli(['exec', '--json', '1/0']), 'PythonExecutionError', 30);
    expect(err.stderr).toContain('ZeroDivisionError');
  });

  it('with no spec anywhere: the newest installed instance (said with --verbose); none installed is InstanceNotFoundError (16)', async () => {
    const noSpec = { env: { PYEMBED_PYTHON: '' }, cwd: await mkdtemp(path.join(sb.dir, 'no-version-file-')) };
    const r = await cli(['exec', '--verbose', '--json', 'import sys; print(sys.version_info[:3])'], noSpec);
    expect(ok(r).stdout).toBe('(3, 11, 7)\n');
    expect(r.stderr).toContain(`using the newest installed instance, ${world.fixture.key}`);
    for (const args of [
      ['info', '--json'],
      ['venv', 'list', '--json'],
      ['pip', 'list', '--json'],
    ]) {
      expect((await cli(args, noSpec)).code, args.join(' ')).toBe(0);
    }
    expect(ok(await cli(['info', '--json'], noSpec)).version).toBe('3.11.7');
    const emptyRoot = { ...noSpec.env, PYEMBED_ROOT: path.join(noSpec.cwd, 'empty-root') };
    const none = failed(
      await cli(['run', '--json', '--', '-V'], { ...noSpec, env: emptyRoot }),
      'InstanceNotFoundError',
      16,
    );
    expect(none.message).toContain('No installed Python matches 3.12 (from default)');
  });

  it('a venv that does not exist is VirtualEnvironmentNotFoundError (21)', async () => {
    failed(await cli(['run', '--venv', 'nope', '--json', '--', '-V']), 'VirtualEnvironmentNotFoundError', 21);
    failed(
      await cli(['exec', '--venv', './nowhere', '--json', 'pass']),
      'VirtualEnvironmentNotFoundError',
      21,
    );
  });
});

describe('pip', () => {
  const pip = (args: string[]) => cli(['pip', ...args, '--venv', 'default', '--json']);

  it('list, install, show, outdated, upgrade, downgrade, freeze, uninstall', async () => {
    const listed = ok(await pip(['list']));
    expect(listed.packages.map((p: Json) => p.name.toLowerCase())).toContain('tabulate');

    ok(await pip(['install', 'idna==3.6']));
    const show = ok(await pip(['show', 'idna']));
    expect(show.package).toMatchObject({ name: 'idna', version: '3.6' });

    const outdated = ok(await pip(['outdated']));
    expect(outdated.outdated).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'idna', installedVersion: '3.6', latestVersion: '3.10' }),
      ]),
    );

    const up = ok(await pip(['upgrade', 'idna']));
    expect(up.upgraded).toEqual([{ name: 'idna', from: '3.6', to: '3.10' }]);

    const down = ok(await pip(['downgrade', 'idna', '3.6']));
    expect(down).toMatchObject({ name: 'idna', from: '3.10', to: '3.6' });

    const frozen = ok(await pip(['freeze']));
    expect(frozen.requirements).toContain('idna==3.6');

    ok(await pip(['uninstall', 'idna']));
    const gone = await pip(['show', 'idna']);
    expect(gone.code).toBe(1);
    expect(gone.json<Json>().package).toBeNull();
  });

  it('maps package failures to their error types', async () => {
    failed(await pip(['install', 'surely-not-a-real-package-xyz']), 'PackageInstallationError', 22);
    failed(
      await pip(['install', '-r', path.join(sb.dir, 'missing-requirements.txt')]),
      'RequirementsFileError',
      23,
    );
    failed(await pip(['install', 'bad spec!!']), 'InvalidPackageSpecificationError', 24);
  });
});

describe('venv', () => {
  it('create, list, info, clone, export, import, remove', async () => {
    const created = ok(await cli(['venv', 'create', 'tools', '--json']));
    expect(created).toMatchObject({ name: 'tools', created: true });
    expect(existsSync(created.pythonPath)).toBe(true);

    const list = ok(await cli(['venv', 'list', '--json']));
    expect(list.venvs.map((v: Json) => v.name)).toEqual(['default', 'tools']);

    const info = ok(await cli(['venv', 'info', 'default', '--json']));
    expect(info).toMatchObject({ name: 'default', isExternal: false });
    expect(info.packagesCount).toBeGreaterThanOrEqual(4);

    const clone = ok(await cli(['venv', 'clone', 'default', 'copy', '--json']));
    expect(clone.path.endsWith(path.join('venvs', 'copy'))).toBe(true);
    const inClone = ok(
      await cli(['exec', '--venv', 'copy', '--json', 'import sys, tabulate; print(sys.prefix)']),
    );
    expect(inClone.stdout.trim()).toBe(clone.path);

    const archive = path.join(sb.dir, 'default-venv.zip');
    const exported = ok(await cli(['venv', 'export', 'default', archive, '--json']));
    expect(exported.archive).toBe(archive);
    const imported = ok(await cli(['venv', 'import', archive, 'restored', '--json']));
    const inImport = ok(
      await cli(['exec', '--venv', 'restored', '--json', 'import sys, tabulate; print(sys.prefix)']),
    );
    expect(inImport.stdout.trim()).toBe(imported.path);

    for (const name of ['tools', 'copy', 'restored']) ok(await cli(['venv', 'remove', name, '--json']));
    expect(ok(await cli(['venv', 'list', '--json'])).venvs.map((v: Json) => v.name)).toEqual(['default']);
    failed(await cli(['venv', 'info', 'tools', '--json']), 'VirtualEnvironmentNotFoundError', 21);
  });
});

describe('instances', () => {
  it('list, info, verify, du', async () => {
    const list = ok(await cli(['list', '--json']));
    expect(list.instances).toHaveLength(1);
    const inst = list.instances[0];
    expect(inst).toMatchObject({
      version: '3.11.7',
      build: world.fixture.build,
      buildKey: world.fixture.key,
    });
    expect(inst.key).toBe(`${world.fixture.key}-${world.fixture.build}`);

    const info = ok(await cli(['info', '3.11.7', '--json']));
    expect(info).toMatchObject({ key: inst.key, platform: 'linux-x86_64-gnu' });
    expect(info.sizeBytes).toBeGreaterThan(10_000_000);
    expect(existsSync(info.pythonPath)).toBe(true);
    expect(ok(await cli(['info', inst.key, '--json'])).key).toBe(inst.key);
    failed(await cli(['info', '3.10', '--json']), 'InstanceNotFoundError', 16);

    const verify = ok(await cli(['verify', '--json']));
    expect(verify).toMatchObject({
      ok: true,
      instances: [{ key: inst.key, ok: true, problems: [], version: '3.11.7' }],
    });

    const du = ok(await cli(['du', '--json']));
    expect(du.instances).toEqual([{ key: inst.key, bytes: info.sizeBytes }]);
    expect(du.totalBytes).toBe(info.sizeBytes);
  });

  it('export -> import into another root runs there, venvs included; verify catches a broken copy', async () => {
    const archive = path.join(sb.dir, 'instance.tar.gz');
    const exported = ok(await cli(['export', '3.11.7', archive, '--json']));
    expect(exported.archive).toBe(archive);
    expect(existsSync(archive)).toBe(true);

    const root2 = path.join(sb.dir, 'root-imported');
    const imported = ok(await cli(['import', archive, '--json', '--root', root2]));
    expect(imported.version).toBe('3.11.7');
    expect(imported.dir.startsWith(root2)).toBe(true);
    const where = ok(
      await cli(['exec', '--json', '--root', root2, '--base', 'import sys; print(sys.prefix)']),
    );
    expect(where.stdout.trim()).toBe(imported.pythonDir);
    expect(
      ok(await cli(['venv', 'list', '--json', '--root', root2])).venvs.map((v: Json) => v.name),
    ).toContain('default');
    // a venv of the imported instance (its interpreter links are relative now) exports and imports again
    const venvZip = path.join(sb.dir, 'imported-default.zip');
    ok(await cli(['venv', 'export', 'default', venvZip, '--json', '--root', root2]));
    const again = ok(await cli(['venv', 'import', venvZip, 'again', '--json', '--root', root2]));
    const inAgain = ok(
      await cli(['exec', '--venv', 'again', '--json', '--root', root2, 'import sys; print(sys.prefix)']),
    );
    expect(inAgain.stdout.trim()).toBe(again.path);

    // an archive that is not an exported instance
    const junk = path.join(sb.dir, 'junk');
    await mkdir(path.join(junk, 'stuff'), { recursive: true });
    await writeFile(path.join(junk, 'stuff', 'README'), 'not python');
    execFileSync('tar', ['-czf', path.join(sb.dir, 'junk.tar.gz'), '-C', junk, 'stuff']);
    failed(
      await cli(['import', path.join(sb.dir, 'junk.tar.gz'), '--json', '--root', root2]),
      'PythonInstallationError',
      15,
    );

    // break the copy's interpreter: verify names it and exits with PythonNotInstalledError (17)
    await writeFile(path.join(imported.pythonDir, 'bin', 'python3.11'), '#!/bin/sh\nexit 3\n', {
      mode: 0o755,
    });
    const broken = failed(await cli(['verify', '--json', '--root', root2]), 'PythonNotInstalledError', 17);
    expect(broken.instances[0].ok).toBe(false);

    ok(await cli(['remove', '3.11.7', '--json', '--root', root2]));
    expect(ok(await cli(['list', '--json', '--root', root2])).instances).toEqual([]);
    failed(await cli(['remove', '3.11.7', '--json', '--root', root2]), 'InstanceNotFoundError', 16);
  });

  it('offline, setup works from what is installed and touches no network', async () => {
    const before = world.server.requests.length;
    // the spec from PYEMBED_PYTHON this time
    const s = ok(await cli(['setup', '--offline', '--json']));
    expect(s.requested).toEqual({ spec: '3.11.7', source: 'env PYEMBED_PYTHON' });
    expect(s.python.cacheHit).toBe(true);
    expect(s.uv.source).toBe('cache');
    const noUv = await cli([
      'setup',
      '3.11.7',
      '--offline',
      '--json',
      '--no-venv',
      '--tools-dir',
      path.join(sb.dir, 'empty-tools'),
    ]);
    expect(failed(noUv, 'UvNotFoundError', 20).message).toContain('offline');
    expect(world.server.requests.length).toBe(before);
  });

  it('offline, a missing build is PythonInstallationError (15) and nothing is fetched', async () => {
    const before = world.server.requests.length;
    failed(
      await cli([
        'install',
        '3.12',
        '--build',
        '20240107',
        '--offline',
        '--json',
        '--root',
        path.join(sb.dir, 'root-offline'),
      ]),
      'PythonInstallationError',
      15,
    );
    expect(world.server.requests.length).toBe(before);
  });
});

describe('diagnose', () => {
  it('reports system, reachable hosts, uv, the instance and its venvs', async () => {
    const r = await cli(['diagnose', '--json', '--uv-path', path.join(repo, '.tools', 'bin', 'uv')]);
    const d = r.json<Json>();
    expect(d.schema).toBe(1);
    // every check passes here (the instance and venv come from the install/venv tests above): exit 0
    expect(
      d.checks.filter((c: Json) => c.status !== 'ok'),
      JSON.stringify(d.checks),
    ).toEqual([]);
    expect(d.ok).toBe(true);
    expect(r.code).toBe(0);
    const check = (group: string, name?: string) =>
      d.checks.find((c: Json) => c.group === group && (!name || c.name === name));
    expect(check('system', 'platform').detail).toContain('linux-x86_64-gnu');
    const network = d.checks.filter((c: Json) => c.group === 'network');
    expect(network.length).toBeGreaterThanOrEqual(4);
    for (const c of network) expect(c.status, JSON.stringify(c)).toBe('ok');
    expect(check('uv').status).toBe('ok');
    const inst = d.checks.find((c: Json) => c.group === 'instances' && c.name.startsWith(world.fixture.key));
    expect(inst?.status, JSON.stringify(d.checks)).toBe('ok');
    expect(check('venvs')).toMatchObject({
      name: `${world.fixture.key}-${world.fixture.build}/default`,
      status: 'ok',
      detail: 'Python 3.11.7, created by uv 0.13.9',
    });

    const offline = ok(await cli(['diagnose', '--json', '--offline']));
    for (const c of offline.checks.filter((c: Json) => c.group === 'network')) expect(c.status).toBe('skip');
    const human = await cli(['diagnose', '--no-network']);
    expect(human.stdout).toMatch(/^python-embedded diagnose/);
  });
});

describe('resolve and list-available against the world', () => {
  // the bundled catalogue's view: no release pinned (an empty env value is unset)
  const unpinned = (args: string[]) => cli(args, { env: { PYEMBED_BUILD: '' } });

  it('resolve prints key, version, build, url, sha256 with zero API calls', async () => {
    const apiBefore = world.server.apiRequests().length;
    const r = ok(await cli(['resolve', '3.11.7', '--build', '20240107', '--json']));
    expect(r).toMatchObject({ key: world.fixture.key, version: '3.11.7', build: '20240107' });
    expect(r.url).toMatch(/^https:\/\/github\.com\/.*cpython-3\.11\.7%2B20240107-x86_64-unknown-linux-gnu/);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.downloadUrl.startsWith(world.mirrorUrl)).toBe(true);
    expect(world.server.apiRequests().length).toBe(apiBefore);

    // a release the bundled catalogue does not know: one API request, its checksum from that release
    const unknown = ok(await cli(['resolve', '3.11.7', '--json']));
    const served = world.fixture.archives.find((a) => a.assetName === unknown.assetName)!;
    expect(unknown).toMatchObject({ build: world.fixture.build, sha256: served.sha256 });
    expect(unknown.downloadUrl).toBe(
      `${world.mirrorUrl}/${world.fixture.build}/${served.assetName.replace('+', '%2B')}`,
    );
    expect(
      world.server
        .apiRequests()
        .slice(apiBefore)
        .map((q) => q.path),
    ).toEqual([`/repos/astral-sh/python-build-standalone/releases/tags/${world.fixture.build}`]);

    const other = ok(await unpinned(['resolve', '3.13t', '--platform', 'linux-aarch64-musl', '--json']));
    expect(other.key).toMatch(/^cpython-3\.13\.\d+\+freethreaded-linux-aarch64-musl$/);
    const pinned = ok(await unpinned(['resolve', '3.12', '--build', '20240107', '--json']));
    expect(pinned.build).toBe('20240107');
  });

  it('no match is InvalidPythonVersionError (10); a bad platform PlatformNotSupportedError (11)', async () => {
    const err = failed(await unpinned(['resolve', '3.99', '--json']), 'InvalidPythonVersionError', 10);
    expect(err.message).toContain('3.99');
    failed(
      await unpinned(['resolve', '3.12', '--platform', 'plan9-mips', '--json']),
      'PlatformNotSupportedError',
      11,
    );
  });

  it('a rate-limited API is RateLimitError (12)', async () => {
    world.server.setRateLimit({ status: 403, resetEpochSeconds: Math.floor(Date.now() / 1000) + 600 });
    try {
      const err = failed(await unpinned(['resolve', '3.99', '--json']), 'RateLimitError', 12);
      expect(err.message).toMatch(/GITHUB_TOKEN/);
    } finally {
      world.server.setRateLimit(undefined);
    }
  });

  it('list-available lists versions newest first', async () => {
    const l = ok(await unpinned(['list-available', '--json', '--platform', 'linux-x86_64-gnu']));
    expect(l.platform).toBe('linux-x86_64-gnu');
    expect(l.count).toBe(l.builds.length);
    const versions: string[] = l.builds.map((b: Json) => b.version);
    expect(versions).toContain('3.11.7');
    for (let i = 1; i < versions.length; i++)
      expect(compareVersionText(versions[i - 1], versions[i])).toBeGreaterThan(0);
  });
});

describe('the trust policy: a mirror against the catalogue', () => {
  const LYING = 'mirrors/lying';
  const lying = () => `${world.baseUrl}/${LYING}/releases/download`;
  const freshRoot = async (name: string) => {
    const root = path.join(sb.dir, name);
    await mkdir(root, { recursive: true });
    return root;
  };
  let known: { assetName: string; sha256?: string };
  let served: { path: string; sha256: string };

  beforeAll(async () => {
    // 3.11.7 as the bundled catalogue knows it; the mirror serves the world's bytes under that name
    known = await createCatalog({ source: 'snapshot' }).resolve('3.11.7', { build: '20240107' });
    served = world.fixture.archives.find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
    world.server.addAsset(LYING, '20240107', known.assetName, served.path);
    for (const a of world.fixture.archives)
      world.server.addAsset(LYING, world.fixture.build, a.assetName, a.path);
  });

  it('refuses a catalogue-known build whose mirror SHA256SUMS disagrees (14): no archive fetched, nothing installed', async () => {
    const root = await freshRoot('root-lying');
    const before = world.server.requests.length;
    const args = ['install', '3.11.7', '--build', '20240107', '--mirror', lying(), '--json', '--root', root];
    const err = failed(await cli(args), 'ChecksumMismatchError', 14);
    expect(err.message).toContain(`${lying()}/20240107/SHA256SUMS`);
    expect(err.message).toContain(`lists ${served.sha256} for ${known.assetName}`);
    expect(err.message).toContain(`the catalogue knows ${known.sha256}`);
    expect(err).toMatchObject({ expected: known.sha256, actual: served.sha256 });
    expect(world.server.requests.slice(before).map((q) => q.path)).toEqual([
      `/${LYING}/releases/download/20240107/SHA256SUMS`,
    ]);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(root).filter((n) => n.startsWith('cpython-') && !n.endsWith('.lock'))).toEqual([]);
  });

  it('accepts the same mirror for a release the bundled catalogue does not know', async () => {
    const root = await freshRoot('root-lying-unknown');
    const before = world.server.requests.length;
    const i = ok(await cli(['install', '3.11.7', '--mirror', lying(), '--json', '--root', root]));
    expect(i).toMatchObject({ version: '3.11.7', build: world.fixture.build, cacheHit: false });
    const fetched = world.server.requests.slice(before).filter((q) => q.path.startsWith(`/${LYING}/`));
    expect(fetched.map((q) => q.path)).toEqual([
      `/${LYING}/releases/download/${world.fixture.build}/SHA256SUMS`,
      expect.stringMatching(
        new RegExp(`^/${LYING}/releases/download/${world.fixture.build}/cpython-3\\.11\\.7%2B`),
      ),
    ]);
    expect(
      execFileSync(i.pythonPath, ['-c', 'import sys; print(sys.version.split()[0])'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('3.11.7');
  });
});

describe('download failures', () => {
  const asset = () =>
    world.fixture.archives.find((a) => a.flavor === 'install_only_stripped' && a.format === 'tar.gz')!
      .assetName;
  const freshRoot = async (name: string) => {
    const root = path.join(sb.dir, name);
    await mkdir(root, { recursive: true });
    return root;
  };

  it('wrong bytes are ChecksumMismatchError (14) and leave nothing behind', async () => {
    world.server.setFault(asset(), { kind: 'wrong-bytes' });
    try {
      const root = await freshRoot('root-checksum');
      failed(await cli(['install', '3.11.7', '--json', '--root', root]), 'ChecksumMismatchError', 14);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(root).filter((n) => n.startsWith('cpython-') && !n.endsWith('.lock'))).toEqual([]);
    } finally {
      world.server.setFault(asset(), undefined);
    }
  });

  it('a server that keeps failing is DownloadError (13)', async () => {
    world.server.setFault(asset(), { kind: 'status', status: 503, times: 100 });
    try {
      const root = await freshRoot('root-download');
      failed(
        await cli(['install', '3.11.7', '--json', '--root', root, '--retries', '1']),
        'DownloadError',
        13,
      );
    } finally {
      world.server.setFault(asset(), undefined);
    }
  });

  it('Ctrl-C during a download stops it (exit 130) and leaves no instance behind', async () => {
    world.server.setFault(asset(), { kind: 'slow', bytesPerSecond: 256 * 1024 });
    const root = await freshRoot('root-interrupt');
    try {
      const child = spawn(process.execPath, [cliPath, 'install', '3.11.7', '--root', root], {
        env: {
          ...sb.env,
          GITHUB_API_URL: world.apiUrl,
          PYEMBED_MIRROR: world.mirrorUrl,
          PYEMBED_BUILD: world.fixture.build,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let sent = false;
      const code = await new Promise<number | null>((resolve) => {
        child.stderr.on('data', (d) => {
          stderr += d;
          if (!sent && stderr.includes('download cpython-3.11.7-linux-x86_64-gnu: started')) {
            sent = true;
            child.kill('SIGINT');
          }
        });
        child.on('close', (c, sig) => resolve(c ?? (sig as unknown as number)));
      });
      expect(code, stderr).toBe(130);
      expect(stderr).toContain('download cpython-3.11.7-linux-x86_64-gnu: stopped');
      const { readdirSync } = await import('node:fs');
      const left = readdirSync(root, { recursive: true }).map(String);
      expect(
        left.filter((n) => n.endsWith('.partial') || n.endsWith('instance.json') || n.endsWith('python3')),
      ).toEqual([]);
    } finally {
      world.server.setFault(asset(), undefined);
    }
  });

  it('a uv path that is not there is UvNotFoundError (20)', async () => {
    failed(
      await cli(['setup', '3.11.7', '--json', '--no-venv', '--uv-path', path.join(sb.dir, 'no-uv')]),
      'UvNotFoundError',
      20,
    );
  });

  it('a missing requirements file in setup is RequirementsFileError (23)', async () => {
    const dir = path.join(sb.dir, 'proj');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '.python-version'), '3.11.7\n');
    failed(
      await cli(['setup', '--json', '-r', 'requirements-missing.txt'], { cwd: dir }),
      'RequirementsFileError',
      23,
    );
  });
});
