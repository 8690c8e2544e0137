// PythonManager against the test world: real PBS-layout CPython archives served over 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWorld, uvBin, type World } from '../test-world/index.js';
import { createCatalog, type Catalog } from '../src/core/catalog/index.js';
import type { PythonBuild } from '../src/core/catalog/types.js';
import {
  ChecksumMismatchError,
  DownloadError,
  InvalidPythonVersionError,
  PythonInstallationError,
} from '../src/core/errors.js';
import { PythonManager, type PythonManagerOptions } from '../src/core/instances/index.js';
import { installBuild } from '../src/core/install/install.js';
import { extractArchive } from '../src/core/install/extract.js';
import { packDirectory } from '../src/core/instances/archive.js';
import type { Logger } from '../src/core/log.js';
import { Uv } from '../src/core/uv/uv.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';

let world: World;
let scratch: string;
let build: PythonBuild; // the world's 3.11.7 release, which only its GitHub stand-in knows
let catalog: Catalog;

beforeAll(async () => {
  world = await startWorld();
  catalog = createCatalog({ apiUrl: world.apiUrl });
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-mgr-'));
  build = await catalog.resolve(world.fixture.version, { build: world.fixture.build });
});
afterAll(async () => {
  await world?.close();
  await fs.rm(scratch, { recursive: true, force: true });
});
beforeEach(() => world.server.clearFaults());

let n = 0;
async function newRoot(): Promise<string> {
  return fs.mkdtemp(path.join(scratch, `root${++n}-`));
}

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const rec = (m: string) => void lines.push(m);
  return { lines, debug: () => {}, info: rec, warn: rec, error: rec };
}

function manager(root: string, o: PythonManagerOptions = {}) {
  return new PythonManager({ root, catalog, mirror: world.mirrorUrl, backoffMs: 5, retries: 2, ...o });
}

function run(python: string, code: string): string {
  return execFileSync(python, ['-I', '-c', code], { encoding: 'utf8' }).trim();
}

/** Everything under root except the empty lock dir: what a failed install must not leave. */
async function leftovers(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { recursive: true })) out.push(e);
  return out.filter((e) => e !== '.locks').sort();
}

describe('PythonManager install', () => {
  it('cold install runs; the second call reuses it without downloading', async () => {
    const root = await newRoot();
    const m = manager(root);
    const log = recorder();
    const events: string[] = [];
    const inst = await new PythonManager({
      root,
      catalog,
      mirror: world.mirrorUrl,
      logger: log,
    }).getOrCreateInstance('3.11.7', {
      build: world.fixture.build,
      onProgress: (e) => events.push(e.phase),
    });
    expect(inst.key).toBe(`cpython-3.11.7-linux-x86_64-gnu-${world.fixture.build}`);
    expect(inst.dir).toBe(path.join(root, inst.key));
    expect(run(inst.pythonPath, 'import sys, ssl, sqlite3; print(sys.prefix)')).toBe(inst.pythonDir);
    expect(new Set(events)).toEqual(new Set(['download', 'extract', 'verify']));
    expect(world.server.downloadRequests(build.assetName)).toHaveLength(1);
    const meta = JSON.parse(await fs.readFile(path.join(inst.dir, 'instance.json'), 'utf8'));
    expect(meta).toMatchObject({
      key: inst.key,
      version: '3.11.7',
      build: world.fixture.build,
      pythonExe: 'bin/python3',
    });
    expect(meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    // the checksum of the world's release (its GitHub stand-in), which the mirror's SHA256SUMS agrees with
    expect(meta.source).toMatchObject({ checksumSource: 'catalog', sha256: build.sha256 });

    const again = await m.getOrCreateInstance('3.11.7', { build: world.fixture.build });
    expect(again.pythonPath).toBe(inst.pythonPath);
    expect(world.server.downloadRequests(build.assetName)).toHaveLength(1);

    expect((await m.listInstances()).map((i) => i.key)).toEqual([inst.key]);
    expect((await m.getInstance('3.11'))?.key).toBe(inst.key);
    expect((await m.getInstance('>=3.10,<3.12'))?.key).toBe(inst.key);
    expect((await m.getInstance(build.key))?.key).toBe(inst.key);
    expect(await m.getInstance('3.12')).toBeUndefined();
    expect(await m.getInstance('3.13t')).toBeUndefined();
    const info = await m.getInstanceInfo(inst.key);
    expect(info?.sizeBytes).toBeGreaterThan(10_000_000);
    expect(await m.getInstanceSize('3.11')).toBe(info?.sizeBytes);
    expect(await m.getTotalDiskUsage()).toBe(info?.sizeBytes);
    expect(await m.getInstanceSize('3.9')).toBe(0);
    expect(await m.validateIntegrity(inst.key)).toEqual({
      ok: true,
      key: inst.key,
      problems: [],
      version: '3.11.7',
    });
    expect(await m.checkDiskSpace(1)).toBe(true);
    expect(await m.checkDiskSpace(1e12)).toBe(false);
    expect(await leftovers(root)).not.toContain(expect.stringMatching(/install-|extract-|partial/));

    // corrupt metadata: the instance and its venvs stay, the record is rebuilt with a warning
    await fs.mkdir(path.join(inst.dir, 'venvs', 'main'), { recursive: true });
    await fs.writeFile(path.join(inst.dir, 'venvs', 'main', 'keep.txt'), 'x');
    await fs.writeFile(path.join(inst.dir, 'instance.json'), '{"key": broken');
    const log2 = recorder();
    const m2 = new PythonManager({ root, catalog, mirror: world.mirrorUrl, logger: log2 });
    const rebuilt = await m2.getOrCreateInstance('3.11.7', { build: world.fixture.build });
    expect(rebuilt.metadataRebuilt).toBe(true);
    expect(rebuilt.version).toBe('3.11.7');
    expect(log2.lines.some((l) => /rebuilt/.test(l))).toBe(true);
    expect(await fs.readFile(path.join(inst.dir, 'venvs', 'main', 'keep.txt'), 'utf8')).toBe('x');
    expect(JSON.parse(await fs.readFile(path.join(inst.dir, 'instance.json'), 'utf8')).key).toBe(inst.key);
    await fs.rm(path.join(inst.dir, 'instance.json'));
    expect((await m2.listInstances()).map((i) => i.metadataRebuilt)).toEqual([true]);
    expect(world.server.downloadRequests(build.assetName)).toHaveLength(1);

    // a writer killed between its temp and the rename: the next reader removes the dead process's temp,
    // never a live one's (this process stands in for a live writer)
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('exit', r));
    const deadTemp = path.join(inst.dir, `instance.json.${dead.pid}.0badf00d.tmp`);
    const liveTemp = path.join(inst.dir, `instance.json.${process.pid}.0badf00d.tmp`);
    await fs.writeFile(deadTemp, '{"key": half');
    await fs.writeFile(liveTemp, '{"key": half');
    expect((await m2.listInstances()).map((i) => i.key)).toEqual([inst.key]);
    expect(await fs.readdir(inst.dir)).not.toContain(path.basename(deadTemp));
    expect(await fs.readdir(inst.dir)).toContain(path.basename(liveTemp));
    await fs.rm(liveTemp);

    // delete: refuses anything that is not an instance name under the root
    await expect(m.deleteInstance('../outside')).rejects.toThrow();
    expect(await m.deleteInstance(inst.key)).toBe(true);
    expect(await m.deleteInstance(inst.key)).toBe(false);
    expect(await leftovers(root)).toEqual([]);
  });

  it('answers catalogue questions (available, latest, best match) without installing', async () => {
    const m = manager(await newRoot());
    const versions = await m.listAvailableVersions();
    expect(versions.map((b) => b.version)).toContain('3.11.7');
    expect(await m.findBestMatchingVersion('3.11.7', { build: world.fixture.build })).toEqual(build);
    await expect(m.findBestMatchingVersion('2.7')).rejects.toBeInstanceOf(InvalidPythonVersionError);
    expect(await m.getLatestPythonVersion()).toEqual(await m.findBestMatchingVersion('latest'));
    expect(await m.listInstances()).toEqual([]);
  });

  it('installs the .tar.zst form of the build too', async () => {
    const zst = world.fixture.archives.find(
      (a) => a.format === 'tar.zst' && a.assetName.includes(build.flavor + '.'),
    )!;
    const b: PythonBuild = { ...build, format: 'tar.zst', assetName: zst.assetName, sha256: zst.sha256 };
    const r = await manager(await newRoot()).installBuild(b);
    expect(r.downloaded).toBe(true);
    expect(run(r.instance.pythonPath, 'import platform; print(platform.python_version())')).toBe('3.11.7');
  });

  const faults = [
    { name: 'truncate', fault: { kind: 'truncate', afterBytes: 100_000 }, error: DownloadError },
    {
      name: 'close-mid-stream',
      fault: { kind: 'close-mid-stream', afterBytes: 200_000 },
      error: DownloadError,
    },
    { name: 'wrong-bytes', fault: { kind: 'wrong-bytes' }, error: ChecksumMismatchError },
    { name: '500 forever', fault: { kind: 'status', status: 500, times: 100 }, error: DownloadError },
  ] as const;
  for (const f of faults) {
    it(`fault ${f.name}: typed error, nothing left behind`, async () => {
      const root = await newRoot();
      world.server.setFault(build.assetName, f.fault);
      const err = await manager(root)
        .installBuild(build)
        .catch((e) => e);
      expect(err).toBeInstanceOf(f.error);
      expect(err.details.url).toContain(world.baseUrl);
      expect(await leftovers(root)).toEqual([]);
    });
  }

  it('an AbortSignal stops an install mid-download and leaves nothing', async () => {
    const root = await newRoot();
    world.server.setFault(build.assetName, { kind: 'slow', bytesPerSecond: 4_000_000 });
    const ac = new AbortController();
    const p = manager(root).installBuild(build, {
      signal: ac.signal,
      onProgress: (e) => e.current > 1_000_000 && ac.abort(new Error('user cancelled')),
    });
    await expect(p).rejects.toThrow('user cancelled');
    expect(await leftovers(root)).toEqual([]);
  });

  it('5xx three times, then OK: succeeds after retries', async () => {
    world.server.setFault(build.assetName, { kind: 'status', status: 503, times: 3 });
    const before = world.server.downloadRequests(build.assetName).length;
    const r = await manager(await newRoot(), { retries: 4 }).installBuild(build);
    expect(run(r.instance.pythonPath, 'print(1)')).toBe('1');
    expect(world.server.downloadRequests(build.assetName).length - before).toBe(4);
  });

  it('refuses an archive whose interpreter is not the promised version', async () => {
    const root = await newRoot();
    const lie: PythonBuild = {
      ...build,
      version: '3.11.8',
      patch: 8,
      key: build.key.replace('3.11.7', '3.11.8'),
    };
    const err = await manager(root)
      .installBuild(lie)
      .catch((e) => e);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect(err.message).toMatch(/3\.11\.7.*not 3\.11\.8/);
    expect(await leftovers(root)).toEqual([]);
  });

  it('works offline from a local mirror directory and from a local archive', async () => {
    const mirror = path.join(await newRoot(), 'mirror');
    const a = world.fixture.archives.find((x) => x.assetName === build.assetName)!;
    await fs.mkdir(path.join(mirror, build.build), { recursive: true });
    await fs.symlink(a.path, path.join(mirror, build.build, build.assetName));
    await fs.writeFile(path.join(mirror, build.build, 'SHA256SUMS'), `${a.sha256}  ${build.assetName}\n`);
    const before = world.server.requests.length;
    const m = manager(await newRoot(), { mirror, offline: true });
    const r = await m.installBuild(build);
    expect(r.downloaded).toBe(false);
    expect(run(r.instance.pythonPath, 'print(2)')).toBe('2');
    expect(r.instance.source?.url).toBe(path.join(mirror, build.build, build.assetName));

    const m2 = manager(await newRoot(), { mirror: undefined, offline: true });
    await expect(m2.installBuild(build)).rejects.toThrow(/offline/);
    const inst = await m2.installArchive(path.join(mirror, build.build, build.assetName));
    expect(inst.version).toBe('3.11.7');
    expect(inst.source?.checksumSource).toBe('given');
    expect(world.server.requests.length).toBe(before);
  });
});

describe('installBuild (lower level, e.g. into a tool-cache dir)', () => {
  it('installs the prefix itself at the target; refuses a build with no checksum unless allowed', async () => {
    const mirror = path.join(await newRoot(), 'mirror');
    const a = world.fixture.archives.find((x) => x.assetName === build.assetName)!;
    await fs.mkdir(path.join(mirror, build.build), { recursive: true });
    await fs.copyFile(a.path, path.join(mirror, build.build, build.assetName)); // no SHA256SUMS here
    const unsummed: PythonBuild = { ...build, sha256: undefined };
    const target = path.join(await newRoot(), 'Python', '3.11.7', 'x64');
    const err = await installBuild(unsummed, target, { mirror }).catch((e) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    await expect(fs.stat(target)).rejects.toThrow();
    const log = recorder();
    const r = await installBuild(unsummed, target, { mirror, allowMissingChecksum: true, logger: log });
    expect(r).toMatchObject({
      pythonDir: target,
      pythonExe: 'bin/python3',
      version: '3.11.7',
      checksumSource: 'none',
    });
    expect(r.sha256).toBe(a.sha256);
    expect(log.lines.join('\n')).toMatch(/without verification/);
    expect(run(path.join(target, 'bin', 'python3'), 'import sys; print(sys.prefix)')).toBe(target);
    expect((await fs.readdir(path.dirname(target))).sort()).toEqual(['x64']);
    await expect(installBuild(build, target, { mirror: world.mirrorUrl })).rejects.toThrow(/not empty/);
  });
});

describe('PythonManager across processes', () => {
  const child = (root: string, extra = '') => `
    import { PythonManager } from ${JSON.stringify(path.resolve('src/core/instances/index.ts'))};
    import { createCatalog } from ${JSON.stringify(path.resolve('src/core/catalog/index.ts'))};
    const m = new PythonManager({ root: ${JSON.stringify(root)}, catalog: createCatalog({ apiUrl: ${JSON.stringify(world.apiUrl)} }),
      mirror: ${JSON.stringify(world.mirrorUrl)}, backoffMs: 5 ${extra} });
    const i = await m.getOrCreateInstance(${JSON.stringify(world.fixture.version)}, { build: ${JSON.stringify(world.fixture.build)} });
    console.log(i.pythonPath);
  `;
  const tsx = path.resolve('node_modules/.bin/tsx');

  it('8 concurrent processes install one build with one download, all succeed', async () => {
    const root = await newRoot();
    const script = path.join(root, '..', `child-${n}.mts`);
    await fs.writeFile(script, child(root));
    const before = world.server.downloadRequests(build.assetName).length;
    const results = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
            const c = spawn(tsx, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
            let out = '';
            let err = '';
            c.stdout.on('data', (d) => (out += d));
            c.stderr.on('data', (d) => (err += d));
            c.on('exit', (code) => resolve({ code, out: out.trim(), err }));
          }),
      ),
    );
    for (const r of results) expect(r, r.err).toMatchObject({ code: 0 });
    expect(new Set(results.map((r) => r.out)).size).toBe(1);
    expect(world.server.downloadRequests(build.assetName).length - before).toBe(1);
    expect(run(results[0].out, 'print(3)')).toBe('3');
  }, 120_000);

  it('kill -9 during an install, then a rerun succeeds and cleans up', async () => {
    const root = await newRoot();
    const script = path.join(root, '..', `child-${n}.mts`);
    await fs.writeFile(script, child(root));
    world.server.setFault(build.assetName, { kind: 'slow', bytesPerSecond: 2_000_000 });
    const c = spawn(tsx, [script], { stdio: 'ignore', detached: true });
    const key = `cpython-3.11.7-linux-x86_64-gnu-${world.fixture.build}`;
    // wait until the download is under way: files are being extracted into a staging dir
    let midway = false;
    for (let i = 0; i < 600 && !midway; i++) {
      const files = await fs.readdir(path.join(root, key), { recursive: true }).catch(() => [] as string[]);
      midway = files.some((f) => /^\.python\.install-[^/]+\/x\/.+/.test(f));
      if (!midway) await new Promise((r) => setTimeout(r, 50));
    }
    expect(midway).toBe(true);
    const lock = await fs.readFile(path.join(root, '.locks', `${key}.lock`), 'utf8');
    expect(JSON.parse(lock).pid).toBeGreaterThan(0);
    // tsx runs the script in a child node process: kill the whole group with SIGKILL
    process.kill(-c.pid!, 'SIGKILL');
    await new Promise((r) => c.on('exit', r));
    world.server.clearFaults();
    const log = recorder();
    // A 10-minute stale age: only the dead-pid rule can free the lock within the test's timeout.
    const inst = await manager(root, { logger: log, lockStaleMs: 600_000 }).getOrCreateInstance('3.11.7', {
      build: world.fixture.build,
    });
    expect(run(inst.pythonPath, 'print(4)')).toBe('4');
    expect(log.lines.some((l) => /interrupted install/.test(l))).toBe(true);
    expect((await fs.readdir(inst.dir)).sort()).toEqual(['instance.json', 'python']);
  }, 120_000);
});

describe('export and import', () => {
  it('round trip (.tar.gz) runs the imported interpreter and venv at the new path', async () => {
    const root = await newRoot();
    const m = manager(root);
    const inst = await m.getOrCreateInstance('3.11.7', { build: world.fixture.build });
    const venv = path.join(inst.venvsDir, 'main');
    execFileSync(uvBin(), ['venv', '--quiet', '--python', inst.pythonPath, venv], {
      env: { ...process.env, UV_NO_CONFIG: '1' },
    });
    for (const ext of ['tar.gz']) {
      const out = path.join(root, '..', `export-${n}.${ext}`);
      expect(await m.exportInstance('3.11', out)).toBe(out);
      const root2 = await newRoot();
      const m2 = manager(root2);
      const imported = await m2.importInstance(out);
      expect(imported.dir).toBe(path.join(root2, inst.key));
      expect(run(imported.pythonPath, 'import sys; print(sys.prefix)')).toBe(imported.pythonDir);
      const vpy = path.join(imported.venvsDir, 'main', 'bin', 'python');
      expect(
        execFileSync(vpy, ['-c', 'import sys; print(sys.prefix, sys.base_prefix)'], {
          encoding: 'utf8',
        }).trim(),
      ).toBe(`${path.join(imported.venvsDir, 'main')} ${imported.pythonDir}`);
      expect((await m2.validateIntegrity(inst.key)).ok).toBe(true);
      await expect(m2.importInstance(out)).rejects.toBeInstanceOf(PythonInstallationError);
      expect((await fs.readdir(root2)).filter((x) => x.startsWith('.import'))).toEqual([]);
    }
  }, 120_000);

  it("an imported instance's venvs run with their packages, even when the export lost the interpreter link", async () => {
    const root = await newRoot();
    const alias = `${root}-alias`; // the same root by another path (a symlinked home, /var vs /private/var)
    await fs.symlink(root, alias);
    const inst = await manager(alias).getOrCreateInstance('3.11.7', { build: world.fixture.build });
    const uv = new Uv({ path: uvBin(), cacheDir: path.join(scratch, 'uv-cache'), indexUrl: world.indexUrl });
    const venvs = new VirtualEnvironmentManager({
      instance: { pythonPath: inst.pythonPath, dir: inst.dir },
      uv,
    });
    await (await venvs.getOrCreate('main')).install('six==1.17.0');
    const importSix = (root2: string) =>
      execFileSync(
        path.join(root2, inst.key, 'venvs', 'main', 'bin', 'python'),
        ['-c', 'import six, sys; print(six.__version__, sys.prefix)'],
        { encoding: 'utf8' },
      ).trim();

    // exported through the real path: the venv's link (made through the alias) must survive
    const out = path.join(scratch, `export-alias-${n}.tar.gz`);
    await manager(root).exportInstance('3.11', out);
    const root2 = await newRoot();
    await manager(root2).importInstance(out);
    expect(importSix(root2)).toBe(`1.17.0 ${path.join(root2, inst.key, 'venvs', 'main')}`);

    // an archive without the venv's interpreter links (an older export): import recreates them
    const stage = path.join(scratch, `stage-${n}`);
    await extractArchive(out, stage);
    for (const l of ['python', 'python3', 'python3.11'])
      await fs.rm(path.join(stage, inst.key, 'venvs', 'main', 'bin', l));
    const linkless = path.join(scratch, `export-linkless-${n}.tar.gz`);
    await packDirectory(path.join(stage, inst.key), linkless, { topName: inst.key });
    const root3 = await newRoot();
    await manager(root3).importInstance(linkless);
    expect(importSix(root3)).toBe(`1.17.0 ${path.join(root3, inst.key, 'venvs', 'main')}`);
    expect(await fs.readlink(path.join(root3, inst.key, 'venvs', 'main', 'bin', 'python3'))).toBe('python');
    await fs.rm(alias);
  }, 120_000);

  it('import refuses zip-slip archives', async () => {
    const root = await newRoot();
    const evil = path.join(root, 'evil.tar.gz');
    const stage = path.join(root, 'stage');
    await fs.mkdir(path.join(stage, 'cpython-3.11.7-linux-x86_64-gnu-1', 'python'), { recursive: true });
    await fs.symlink('/etc', path.join(stage, 'cpython-3.11.7-linux-x86_64-gnu-1', 'python', 'bin'));
    execFileSync('tar', ['-czf', evil, '-C', stage, 'cpython-3.11.7-linux-x86_64-gnu-1']);
    const err = await manager(root)
      .importInstance(evil)
      .catch((e) => e);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect((await fs.readdir(root)).sort()).toEqual(['evil.tar.gz', 'stage']);
  });
});
