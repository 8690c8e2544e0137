// Disk trouble on real small filesystems (a tmpfs mounted for the case, unmounted after): out of space while
// extracting or downloading, a read-only destination. After each failure the filesystem holds nothing of ours.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { DownloadError, PythonInstallationError, isPythonEmbeddedError } from '../../src/core/errors.js';
import { worldCatalog, worldCatalogOptions } from '../helpers/world-catalog.js';
import { PythonManager } from '../../src/core/instances/index.js';
import { runSetup, type SetupOptions } from '../../src/core/setup/index.js';
import { downloadFile } from '../../src/core/install/download.js';
import { extractArchive } from '../../src/core/install/extract.js';
import { startWorld, uvBin, type World } from '../../test-world/index.js';
import {
  describeError,
  exists,
  leftovers,
  listTree,
  rcase,
  rejection,
  scratch,
  usedBytes,
  withTmpfs,
} from './harness.js';

const AREA = 'disk';
let world: World;
let dir: string;

function fixtureArchive(format: 'tar.gz' | 'tar.zst' = 'tar.gz') {
  return world.fixture.archives.find((a) => a.flavor === 'install_only_stripped' && a.format === format)!;
}

beforeAll(async () => {
  world = await startWorld();
  dir = await scratch('disk');
});
afterAll(async () => {
  await world?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('out of space', () => {
  for (const format of ['tar.gz', 'tar.zst'] as const) {
    rcase(
      AREA,
      `ENOSPC while extracting the CPython ${format} (20 MB tmpfs)`,
      'PythonInstallationError naming ENOSPC; the temp dir removed, space given back',
      async (c) => {
        await withTmpfs(dir, 20, async (mnt) => {
          await fs.writeFile(path.join(mnt, 'keep.txt'), 'mine');
          const empty = await usedBytes(mnt);
          const e = await rejection(() =>
            extractArchive(fixtureArchive(format).path, path.join(mnt, 'inst', 'python')),
          );
          expect(e).toBeInstanceOf(PythonInstallationError);
          expect(e.message).toMatch(/ENOSPC|no space/i);
          c.result(describeError(e));
          await c.intact(async () => {
            expect(await listTree(mnt)).toEqual(['inst/', 'keep.txt']);
            expect(await fs.readFile(path.join(mnt, 'keep.txt'), 'utf8')).toBe('mine');
            expect(await usedBytes(mnt)).toBeLessThanOrEqual(empty + 64 * 1024);
          });
        });
      },
      60_000,
    );
  }

  rcase(
    AREA,
    'ENOSPC while downloading (1 MB tmpfs, 1.5 MB file)',
    'DownloadError after 1 attempt (a full disk is not retried); no .partial',
    async (c) => {
      const body = Buffer.alloc(1_500_000, 7);
      world.server.addAsset('astral-sh/python-build-standalone', 'rel-disk', 'big.bin', body);
      const { createHash } = await import('node:crypto');
      const sha = createHash('sha256').update(body).digest('hex');
      await withTmpfs(dir, 1, async (mnt) => {
        const e = await rejection(() =>
          downloadFile(`${world.mirrorUrl}/rel-disk/big.bin`, path.join(mnt, 'dl', 'big.bin'), {
            sha256: sha,
            retries: 3,
            backoffMs: 1,
          }),
        );
        expect(e).toBeInstanceOf(DownloadError);
        expect((e as DownloadError).details.attempts).toBe(1);
        expect(e.message).toMatch(/ENOSPC|no space/i);
        c.result(describeError(e));
        await c.intact(async () => expect(await listTree(mnt)).toEqual(['dl/']));
      });
    },
    60_000,
  );
});

describe('read-only', () => {
  rcase(
    AREA,
    'ENOSPC while extracting: the hint',
    'the hint speaks of disk space, not of a corrupt archive',
    async (c) => {
      await withTmpfs(dir, 20, async (mnt) => {
        const e = await rejection(() =>
          extractArchive(fixtureArchive().path, path.join(mnt, 'inst', 'python')),
        );
        const hint = String((e as PythonInstallationError).details?.hint);
        c.result(`hint: ${hint}`);
        expect(hint).toMatch(/space|disk|full/i);
        await c.intact(async () => expect(await listTree(mnt)).toEqual(['inst/']));
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'download into a read-only filesystem',
    'DownloadError after 1 attempt naming EROFS',
    async (c) => {
      world.server.addAsset('astral-sh/python-build-standalone', 'rel-disk', 'small.bin', Buffer.from('x'));
      await withTmpfs(dir, 1, async (mnt, ctl) => {
        await fs.mkdir(path.join(mnt, 'dl'));
        await ctl.remountReadOnly();
        const e = await rejection(() =>
          downloadFile(`${world.mirrorUrl}/rel-disk/small.bin`, path.join(mnt, 'dl', 'small.bin'), {
            sha256: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
            retries: 3,
            backoffMs: 1,
          }),
        );
        c.result(describeError(e));
        expect(e.message).toMatch(/EROFS|read-only/i);
        expect(e).toBeInstanceOf(DownloadError);
        expect((e as DownloadError).details.attempts).toBe(1);
        await c.intact(async () => expect(await listTree(mnt)).toEqual(['dl/']));
      });
    },
    60_000,
  );
});

function manager(root: string) {
  return new PythonManager({
    root,
    mirror: world.mirrorUrl,
    catalog: worldCatalog(world),
    retries: 1,
    backoffMs: 5,
  });
}

function setupOptions(root: string, o: Partial<SetupOptions> = {}): SetupOptions {
  return {
    cwd: dir,
    root,
    python: world.fixture.version,
    ...worldCatalogOptions(world),
    mirror: world.mirrorUrl,
    uvPath: uvBin(),
    uvCacheDir: path.join(dir, 'uv-cache'),
    indexUrl: world.indexUrl,
    retries: 1,
    backoffMs: 5,
    ...o,
  };
}

describe('the root', () => {
  rcase(
    AREA,
    'install into a root on a read-only filesystem',
    'a typed PythonInstallationError naming the root / EROFS; nothing written',
    async (c) => {
      await withTmpfs(dir, 5, async (mnt, ctl) => {
        await ctl.remountReadOnly();
        const e = await rejection(() =>
          manager(path.join(mnt, 'root')).getOrCreateInstance(world.fixture.version),
        );
        c.result(describeError(e));
        expect(isPythonEmbeddedError(e), `untyped: ${String(e)}`).toBe(true);
        expect(e.message).toMatch(/EROFS|read-only/i);
        await c.intact(async () => expect(await listTree(mnt)).toEqual([]));
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'setup on a read-only root that already holds the instance and venv',
    'reuses them (nothing to write) or a typed error naming EROFS; nothing changed',
    async (c) => {
      await withTmpfs(dir, 400, async (mnt, ctl) => {
        const root = path.join(mnt, 'root');
        const first = await runSetup(setupOptions(root, { venv: 'default' }));
        await ctl.remountReadOnly();
        const before = await listTree(root);
        const list = await manager(root).listInstances();
        expect(list.map((i) => i.key)).toEqual([path.basename(first.python.instanceDir!)]);
        let outcome: string;
        try {
          const r = await runSetup(setupOptions(root, { venv: 'default' }));
          expect(r.python.cacheHit).toBe(true);
          outcome = `setup ok (cacheHit=${r.python.cacheHit}, venv reused)`;
        } catch (e) {
          expect(isPythonEmbeddedError(e), `untyped: ${String(e)}`).toBe(true);
          expect((e as Error).message).toMatch(/EROFS|read-only/i);
          outcome = describeError(e);
        }
        c.result(`listInstances ok; ${outcome}`);
        await c.intact(async () => expect(await listTree(root)).toEqual(before));
      });
    },
    120_000,
  );

  rcase(
    AREA,
    'root directory deleted between two calls of the same manager',
    'the second call reinstalls cleanly; listing a missing root is empty, not an error',
    async (c) => {
      const root = path.join(dir, 'vanishing-root');
      const m = manager(root);
      const a = await m.getOrCreateInstance(world.fixture.version);
      await fs.rm(root, { recursive: true, force: true });
      expect(await m.listInstances()).toEqual([]);
      expect(await m.getInstance(world.fixture.version)).toBeUndefined();
      const b = await m.getOrCreateInstance(world.fixture.version);
      expect(b.key).toBe(a.key);
      c.result(`reinstalled ${b.key}`);
      await c.intact(async () => {
        expect((await m.validateIntegrity(b.key)).ok).toBe(true);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    120_000,
  );

  rcase(
    AREA,
    'instance directory deleted between two setups (its venvs with it)',
    'a later setup recreates everything; no half instance left',
    async (c) => {
      // the root of the previous case (its instance is installed): saves one install
      const root = path.join(dir, 'vanishing-root');
      const r1 = await runSetup(setupOptions(root, { venv: 'default' }));
      await fs.rm(r1.python.instanceDir!, { recursive: true, force: true });
      const r2 = await runSetup(setupOptions(root, { venv: 'default' }));
      expect(r2.python.cacheHit).toBe(false);
      expect(r2.venv?.created).toBe(true);
      c.result(`reinstalled, venv re-created at ${path.relative(root, r2.venv!.path)}`);
      await c.intact(async () => {
        expect(await exists(r2.venv!.pythonPath)).toBe(true);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    120_000,
  );
});
