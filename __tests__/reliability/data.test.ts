// Damaged data on disk: corrupt / empty / foreign / missing instance.json and venv metadata, a hand-edited
// instance, and catalogue rows whose checksum is wrong. Metadata is rebuilt from the files; an instance or
// venv is never deleted because its record is bad; a wrong checksum installs nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createCatalog, type Catalog } from '../../src/core/catalog/index.js';
import { worldCatalog } from '../helpers/world-catalog.js';
import { ChecksumMismatchError, PythonInstallationError } from '../../src/core/errors.js';
import { PythonManager, type PythonInstance } from '../../src/core/instances/index.js';
import type { Logger } from '../../src/core/log.js';
import { Uv } from '../../src/core/uv/uv.js';
import { VirtualEnvironmentManager } from '../../src/core/venvs/manager.js';
import { startWorld, uvBin, type World } from '../../test-world/index.js';
import { describeError, exists, leftovers, listTree, rcase, rejection, scratch } from './harness.js';

const AREA = 'data';
let world: World;
let dir: string;
let template: string;
const templateLog = collect();
let key: string;
let n = 0;

function collect(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => {},
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(m),
  };
}

function manager(root: string, o: { logger?: Logger; catalog?: Catalog; mirror?: string } = {}) {
  return new PythonManager({
    root,
    mirror: o.mirror ?? world.mirrorUrl,
    catalog: o.catalog ?? worldCatalog(world),
    retries: 1,
    backoffMs: 5,
    logger: o.logger,
  });
}

/** A root holding the installed fixture plus a venv "main" with six, hard-linked from the template (instant). */
async function freshRoot(): Promise<{ root: string; inst: string; venvsDir: string }> {
  const root = path.join(dir, `root-${++n}`);
  execFileSync('cp', ['-al', template, root]);
  return { root, inst: path.join(root, key), venvsDir: path.join(root, key, 'venvs') };
}

/** Replaces a file without writing through a hard link shared with the template. */
async function replace(file: string, body: string | Buffer) {
  await fs.rm(file, { recursive: true, force: true });
  await fs.writeFile(file, body);
}

function venvManager(inst: PythonInstance, logger?: Logger) {
  const uv = new Uv({ path: uvBin(), cacheDir: path.join(dir, 'uv-cache'), indexUrl: world.indexUrl });
  return new VirtualEnvironmentManager({
    instance: { pythonPath: inst.pythonPath, dir: inst.dir },
    uv,
    logger,
  });
}

/** The instance is complete: python runs, venv main still there with six, metadata valid JSON for this key. */
async function assertInstanceIntact(root: string) {
  const m = manager(root);
  const inst = (await m.getInstance(key))!;
  expect(inst?.key, 'instance still listed').toBe(key);
  expect((await m.validateIntegrity(key)).problems).toEqual([]);
  const venvs = venvManager(inst);
  expect(await venvs.list()).toEqual(['main']);
  expect(await (await venvs.get('main')).isInstalled('six')).toBe(true);
  expect(JSON.parse(await fs.readFile(path.join(root, key, 'instance.json'), 'utf8')).key).toBe(key);
  expect(await leftovers(root)).toEqual([]);
}

beforeAll(async () => {
  world = await startWorld();
  dir = await scratch('data');
  template = path.join(dir, 'template');
  const m = manager(template, { logger: templateLog });
  const inst = await m.getOrCreateInstance(world.fixture.version);
  key = inst.key;
  const v = await venvManager(inst).getOrCreate('main');
  await v.install('six==1.17.0');
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('instance.json', () => {
  const bad: [string, string | Buffer][] = [
    ['garbage bytes', Buffer.from([0, 1, 2, 0xff, 0xfe, 123, 34])],
    ['empty', ''],
    ['truncated JSON', '{"schema": 1, "key": "cpython-3.11'],
    [
      'JSON of another instance',
      JSON.stringify({
        schema: 1,
        key: 'cpython-3.12.1-linux-x86_64-gnu-20240107',
        version: '3.12.1',
        build: '20240107',
        pythonExe: 'bin/python3',
        platform: { os: 'linux', arch: 'x86_64', libc: 'gnu' },
      }),
    ],
    ["a foreign tool's JSON (an array)", '[1, 2, 3]'],
    ['JSON with a wrong pythonExe', ''],
  ];
  for (const [what, body] of bad) {
    rcase(
      AREA,
      `instance.json: ${what}`,
      'instance found, metadata rebuilt (warning), nothing deleted',
      async (c) => {
        const { root, inst } = await freshRoot();
        const file = path.join(inst, 'instance.json');
        if (what === 'JSON with a wrong pythonExe') {
          const m = JSON.parse(await fs.readFile(file, 'utf8'));
          await replace(file, JSON.stringify({ ...m, pythonExe: 'bin/python9' }));
        } else await replace(file, body);
        const log = collect();
        const found = await manager(root, { logger: log }).getOrCreateInstance(world.fixture.version);
        expect(found.key).toBe(key);
        expect(found.metadataRebuilt).toBe(true);
        expect(log.lines.some((l) => /warn: .*rebuilt/.test(l))).toBe(true);
        expect(
          world.server.downloadRequests().filter((r) => r.path.includes(encodeURIComponent('+'))).length,
        ).toBe(1); // only the template's
        c.result(`found ${found.key}, metadataRebuilt=true, no download`);
        await c.intact(() => assertInstanceIntact(root));
      },
      60_000,
    );
  }

  rcase(
    AREA,
    'instance.json missing',
    'rebuilt from the directory name and the interpreter',
    async (c) => {
      const { root, inst } = await freshRoot();
      await fs.rm(path.join(inst, 'instance.json'));
      const list = await manager(root).listInstances();
      expect(list.map((i) => i.key)).toEqual([key]);
      expect(list[0].version).toBe(world.fixture.version);
      c.result(`listed ${list[0].key} (${list[0].version}), metadata rebuilt`);
      await c.intact(() => assertInstanceIntact(root));
    },
    60_000,
  );

  rcase(
    AREA,
    'instance.json is a directory',
    'instance still usable; the odd directory is left alone',
    async (c) => {
      const { root, inst } = await freshRoot();
      const file = path.join(inst, 'instance.json');
      await fs.rm(file);
      await fs.mkdir(file);
      await fs.writeFile(path.join(file, 'note'), 'x');
      const found = await manager(root).getInstance(key);
      expect(found?.key).toBe(key);
      c.result(`found ${found?.key}; directory kept`);
      await c.intact(async () => {
        expect(await fs.readFile(path.join(file, 'note'), 'utf8')).toBe('x');
        const venvs = venvManager(found!);
        expect(await venvs.list()).toEqual(['main']);
        expect(await exists(path.join(inst, 'python', 'bin', 'python3'))).toBe(true);
      });
    },
    60_000,
  );
});

describe('hand-edited instance', () => {
  rcase(
    AREA,
    'bin/python3 deleted by hand (python3.11 still there)',
    'instance found via bin/python3.11; integrity report names nothing fatal',
    async (c) => {
      const { root, inst } = await freshRoot();
      await fs.rm(path.join(inst, 'python', 'bin', 'python3'));
      const m = manager(root);
      const found = (await m.getInstance(key))!;
      expect(path.basename(found.pythonPath)).not.toBe('python3');
      expect(execFileSync(found.pythonPath, ['-c', 'print(1+1)']).toString().trim()).toBe('2');
      const rep = await m.validateIntegrity(key);
      c.result(
        `pythonPath ${path.basename(found.pythonPath)}; integrity ok=${rep.ok} ${rep.problems.join('; ')}`,
      );
      await c.intact(async () => {
        expect(await venvManager(found).list()).toEqual(['main']);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'every interpreter deleted by hand',
    'not reinstalled over it: PythonInstallationError; venvs and files kept',
    async (c) => {
      const { root, inst } = await freshRoot();
      const bin = path.join(inst, 'python', 'bin');
      for (const f of await fs.readdir(bin)) if (/^python/.test(f)) await fs.rm(path.join(bin, f));
      const before = await listTree(inst);
      const m = manager(root);
      expect(await m.getInstance(world.fixture.version)).toBeUndefined();
      const e = await rejection(() => m.getOrCreateInstance(world.fixture.version));
      expect(e).toBeInstanceOf(PythonInstallationError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await listTree(inst)).toEqual(before);
        expect(await exists(path.join(inst, 'venvs', 'main', 'pyvenv.cfg'))).toBe(true);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'stdlib os.py deleted by hand',
    'validateIntegrity reports it; ensurePythonVersion throws PythonNotInstalledError; nothing deleted',
    async (c) => {
      const { root, inst } = await freshRoot();
      const osPy = path.join(inst, 'python', 'lib', 'python3.11', 'os.py');
      await fs.rm(osPy);
      const m = manager(root);
      const rep = await m.validateIntegrity(key);
      expect(rep.ok).toBe(false);
      expect(rep.problems.join(' ')).toMatch(/os\.py/);
      const e = await rejection(() => m.ensurePythonVersion(world.fixture.version));
      expect(e.name).toBe('PythonNotInstalledError');
      c.result(`${describeError(e)}`);
      await c.intact(async () => {
        expect(await exists(path.join(inst, 'venvs', 'main', 'pyvenv.cfg'))).toBe(true);
        expect(await exists(path.join(inst, 'python', 'bin', 'python3'))).toBe(true);
      });
    },
    60_000,
  );
});

describe('venv metadata', () => {
  const bad: [string, string][] = [
    ['garbage', '\0\0\0'],
    ['empty', ''],
    ["another venv's record", JSON.stringify({ name: 'other', createdAt: new Date().toISOString() })],
    [
      'externalPath pointing elsewhere (not a string)',
      JSON.stringify({ name: 'main', createdAt: 'x', externalPath: 42 }),
    ],
  ];
  for (const [what, body] of bad) {
    rcase(
      AREA,
      `venv metadata: ${what}`,
      'venv kept, record rebuilt with a warning',
      async (c) => {
        const { root, inst, venvsDir } = await freshRoot();
        const file = path.join(venvsDir, '.pyembed', 'main.json');
        await replace(file, body);
        const log = collect();
        const found = (await manager(root).getInstance(key))!;
        const venvs = venvManager(found, log);
        const meta = await venvs.metadata('main');
        expect(meta?.rebuilt).toBe(true);
        expect(log.lines.some((l) => /warn: .*rebuilt/.test(l))).toBe(true);
        await venvs.getOrCreate('main'); // the setup path: reuse, never recreate
        c.result(`rebuilt (createdAt ${meta?.createdAt.slice(0, 10)}); getOrCreate reused it`);
        await c.intact(async () => {
          expect(await (await venvs.get('main')).isInstalled('six')).toBe(true);
          expect(JSON.parse(await fs.readFile(file, 'utf8')).name).toBe('main');
          expect(await exists(path.join(inst, 'venvs', 'main', 'pyvenv.cfg'))).toBe(true);
        });
      },
      60_000,
    );
  }

  rcase(
    AREA,
    'venv metadata dir deleted',
    'venv still listed and usable; record rebuilt',
    async (c) => {
      const { root, venvsDir } = await freshRoot();
      await fs.rm(path.join(venvsDir, '.pyembed'), { recursive: true });
      const found = (await manager(root).getInstance(key))!;
      const venvs = venvManager(found);
      expect(await venvs.list()).toEqual(['main']);
      expect((await venvs.metadata('main'))?.rebuilt).toBe(true);
      c.result('listed and rebuilt');
      await c.intact(async () => expect(await (await venvs.get('main')).isInstalled('six')).toBe(true));
    },
    60_000,
  );
});

describe('catalogue checksums', () => {
  /** A catalogue whose rows carry a wrong sha256 (or none), like a corrupted snapshot. */
  function lyingCatalog(sha256: string | undefined): Catalog {
    const real = worldCatalog(world);
    return Object.assign(Object.create(real) as Catalog, {
      resolve: async (s: string, o?: Parameters<Catalog['resolve']>[1]) => ({
        ...(await real.resolve(s, o)),
        sha256,
      }),
    });
  }

  rcase(
    AREA,
    'wrong catalogue sha256, HTTP mirror without a SHA256SUMS line (404)',
    'ChecksumMismatchError; nothing installed',
    async (c) => {
      const root = path.join(dir, `root-${++n}`);
      world.server.setFault('SHA256SUMS', { kind: 'status', status: 404, times: 1000 });
      let e: Error;
      try {
        e = await rejection(() =>
          manager(root, { catalog: lyingCatalog('0'.repeat(64)) }).getOrCreateInstance(world.fixture.version),
        );
      } finally {
        world.server.clearFaults();
      }
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await manager(root).listInstances()).toEqual([]);
        expect(
          (await fs.readdir(root).catch(() => [] as string[])).filter((x) => x.startsWith('cpython-')),
        ).toEqual([]);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'wrong catalogue sha256, directory mirror without SHA256SUMS',
    'ChecksumMismatchError; the mirror file untouched',
    async (c) => {
      const root = path.join(dir, `root-${++n}`);
      const mirror = path.join(dir, `mirror-${n}`);
      const build = await worldCatalog(world).resolve(world.fixture.version);
      const a = world.fixture.archives.find((x) => x.assetName === build.assetName)!;
      await fs.mkdir(path.join(mirror, build.build), { recursive: true });
      await fs.copyFile(a.path, path.join(mirror, build.build, build.assetName));
      const wrong = lyingCatalog('0'.repeat(64));
      const e = await rejection(() =>
        manager(root, { mirror, catalog: wrong }).getOrCreateInstance(world.fixture.version),
      );
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await manager(root).listInstances()).toEqual([]);
        expect(
          (await fs.readdir(root).catch(() => [] as string[])).filter((x) => x.startsWith('cpython-')),
        ).toEqual([]);
        expect(await leftovers(root)).toEqual([]);
        expect(await listTree(mirror)).toEqual([`${build.build}/`, `${build.build}/${build.assetName}`]);
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'no catalogue sha256 and no SHA256SUMS line',
    'refused (ChecksumMismatchError) unless allowMissingChecksum',
    async (c) => {
      const root = path.join(dir, `root-${++n}`);
      world.server.setFault('SHA256SUMS', { kind: 'status', status: 404, times: 1000 });
      let e: Error;
      try {
        e = await rejection(() =>
          manager(root, { catalog: lyingCatalog(undefined) }).getOrCreateInstance(world.fixture.version),
        );
      } finally {
        world.server.clearFaults();
      }
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await manager(root).listInstances()).toEqual([]);
        expect(
          (await fs.readdir(root).catch(() => [] as string[])).filter((x) => x.startsWith('cpython-')),
        ).toEqual([]);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    60_000,
  );

  rcase(
    AREA,
    "catalogue sha256 differs from the mirror's SHA256SUMS (the bundled row is the real PBS one, the mirror serves the fixture)",
    "ChecksumMismatchError naming both values and the mirror's file, before the archive is fetched; nothing installed",
    async (c) => {
      const root = path.join(dir, `root-${++n}`);
      const known = await createCatalog({ source: 'snapshot' }).resolve(world.fixture.version, {
        build: '20240107',
      });
      const gz = world.fixture.archives.find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
      world.server.addAsset('mirrors/data-lying', '20240107', known.assetName, gz.path);
      const mirror = `${world.baseUrl}/mirrors/data-lying/releases/download`;
      const before = world.server.requests.length;
      const m = manager(root, { mirror, catalog: createCatalog({ source: 'snapshot' }) });
      const e = await rejection(() => m.getOrCreateInstance(world.fixture.version, { build: '20240107' }));
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      expect(e.message).toContain(`${mirror}/20240107/SHA256SUMS`);
      expect(e.message).toContain(`lists ${gz.sha256}`);
      expect(e.message).toContain(`the catalogue knows ${known.sha256}`);
      expect(world.server.requests.slice(before).map((q) => q.path)).toEqual([
        '/mirrors/data-lying/releases/download/20240107/SHA256SUMS',
      ]);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await manager(root).listInstances()).toEqual([]);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    60_000,
  );
});

describe('leftovers and lookups after damage', () => {
  rcase(
    AREA,
    'a refused install (wrong checksum) leaves no instance directory behind',
    'the root has no cpython-* entry afterwards',
    async (c) => {
      const root = path.join(dir, `root-${++n}`);
      for (const a of world.fixture.archives) world.server.setFault(a.assetName, { kind: 'wrong-bytes' });
      let e: Error;
      try {
        e = await rejection(() => manager(root).getOrCreateInstance(world.fixture.version));
      } finally {
        world.server.clearFaults();
      }
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      const names = (await fs.readdir(root)).filter((x) => x.startsWith('cpython-'));
      c.result(`${describeError(e)}; root holds ${JSON.stringify(names)}`);
      expect(names).toEqual([]);
      await c.intact(async () => expect(await leftovers(root)).toEqual([]));
    },
    60_000,
  );

  rcase(
    AREA,
    'getInstance(<exact instance key>) of an instance whose interpreter was deleted',
    'undefined (not installed), not an InvalidPythonVersionError',
    async (c) => {
      const { root, inst } = await freshRoot();
      const bin = path.join(inst, 'python', 'bin');
      for (const f of await fs.readdir(bin)) if (/^python/.test(f)) await fs.rm(path.join(bin, f));
      let got: unknown;
      try {
        got = await manager(root).getInstance(key);
      } catch (e) {
        got = e;
      }
      c.result(got instanceof Error ? describeError(got) : String(got));
      expect(got).toBeUndefined();
      await c.intact(async () =>
        expect(await exists(path.join(inst, 'venvs', 'main', 'pyvenv.cfg'))).toBe(true),
      );
    },
    60_000,
  );
});
