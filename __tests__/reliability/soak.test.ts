// Soak: as many setups as fit in ~60 s (at most 100), in a loop, over two roots, with a random fault on the
// PBS asset and a random mutation of the disk before each (instance deleted, instance.json corrupted, venv
// deleted, venv metadata corrupted). A model says what each root should hold; every setup must succeed or
// fail with a typed error that its fault explains, and leave no temp files. At the end the roots hold only
// complete instances and the counts add up.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { worldCatalog, worldCatalogOptions } from '../helpers/world-catalog.js';
import { isPythonEmbeddedError } from '../../src/core/errors.js';
import { PythonManager } from '../../src/core/instances/index.js';
import { runSetup } from '../../src/core/setup/index.js';
import { startWorld, uvBin, type Fault, type World } from '../../test-world/index.js';
import { leftovers, rcase, scratch } from './harness.js';

const AREA = 'soak';
const BUDGET_MS = Number(process.env.RELIABILITY_SOAK_MS ?? 50_000);
const MAX = 100;
let world: World;
let dir: string;
let assetName: string;
let seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 100_000);
const seed0 = seed;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
function pick<T>(items: [T, number][]): T {
  let r = rand() * items.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of items) if ((r -= w) < 0) return v;
  return items[0][0];
}

type FaultName = 'none' | '503-once' | 'truncate' | 'reset' | 'wrong-bytes';
type Mutation = 'none' | 'delete-instance' | 'corrupt-instance-json' | 'delete-venv' | 'corrupt-venv-meta';
const FAULTS: Record<FaultName, Fault | undefined> = {
  none: undefined,
  '503-once': { kind: 'status', status: 503, times: 1 },
  truncate: { kind: 'truncate', afterBytes: 1_000_000 },
  reset: { kind: 'close-mid-stream', afterBytes: 500_000 },
  'wrong-bytes': { kind: 'wrong-bytes' },
};
/** Faults that survive the retries: a setup that must download fails with this error class. */
const FATAL: Partial<Record<FaultName, string>> = {
  truncate: 'DownloadError',
  reset: 'DownloadError',
  'wrong-bytes': 'ChecksumMismatchError',
};

beforeAll(async () => {
  world = await startWorld();
  dir = await scratch('soak');
  assetName = (await worldCatalog(world).resolve(world.fixture.version)).assetName;
});
afterAll(async () => {
  await world?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('soak', () => {
  rcase(
    AREA,
    `setups in a loop for ~${Math.round(BUDGET_MS / 1000)} s (max ${MAX}), random faults and disk mutations, 2 roots`,
    'each setup: success, or the typed error its fault explains; roots end with complete instances only; counts add up',
    async (c) => {
      const roots = [path.join(dir, 'root-a'), path.join(dir, 'root-b')];
      const model = new Map<string, boolean>(roots.map((r) => [r, false])); // instance installed?
      const counts = { runs: 0, ok: 0, typedFailures: 0, freshInstalls: 0, deletions: 0, rebuilt: 0 };
      const byFault: Record<string, number> = {};
      const started = Date.now();
      let key = '';
      while (counts.runs < MAX && Date.now() - started < BUDGET_MS) {
        const root = roots[Math.floor(rand() * roots.length)];
        const fault = pick<FaultName>([
          ['none', 5],
          ['503-once', 2],
          ['truncate', 1],
          ['reset', 1],
          ['wrong-bytes', 1],
        ]);
        const mutation = pick<Mutation>([
          ['none', 6],
          ['delete-instance', 0.4], // each one costs a full reinstall (~5 s)
          ['corrupt-instance-json', 1],
          ['delete-venv', 1],
          ['corrupt-venv-meta', 1],
        ]);
        const m = new PythonManager({ root, catalog: worldCatalog(world) });
        if (model.get(root) && key) {
          const inst = path.join(root, key);
          if (mutation === 'delete-instance') {
            expect(await m.deleteInstance(key)).toBe(true);
            model.set(root, false);
            counts.deletions++;
          } else if (mutation === 'corrupt-instance-json') {
            await fs.writeFile(path.join(inst, 'instance.json'), '{ broken');
            counts.rebuilt++;
          } else if (mutation === 'delete-venv') {
            await fs.rm(path.join(inst, 'venvs', 'default'), { recursive: true, force: true });
          } else if (mutation === 'corrupt-venv-meta') {
            await fs.writeFile(path.join(inst, 'venvs', '.pyembed', 'default.json'), '\0');
          }
        }
        world.server.setFault(assetName, FAULTS[fault]);
        const mustDownload = !model.get(root);
        counts.runs++;
        byFault[fault] = (byFault[fault] ?? 0) + 1;
        try {
          const r = await runSetup({
            cwd: dir,
            root,
            python: world.fixture.version,
            ...worldCatalogOptions(world),
            mirror: world.mirrorUrl,
            uvPath: uvBin(),
            uvCacheDir: path.join(dir, 'uv-cache'),
            indexUrl: world.indexUrl,
            venv: 'default',
            packages: rand() < 0.3 ? ['six==1.17.0'] : undefined,
            retries: 1,
            backoffMs: 5,
          });
          // a fatal fault can only be survived when nothing had to be downloaded
          if (mustDownload)
            expect(FATAL[fault], `run ${counts.runs}: ${fault} should have failed`).toBeUndefined();
          expect(r.python.cacheHit).toBe(!mustDownload);
          if (!r.python.cacheHit) counts.freshInstalls++;
          key = path.basename(r.python.instanceDir!);
          model.set(root, true);
          counts.ok++;
        } catch (e) {
          expect(
            isPythonEmbeddedError(e),
            `run ${counts.runs} (${fault}/${mutation}): untyped ${String(e)}`,
          ).toBe(true);
          expect(
            mustDownload && (e as Error).name,
            `run ${counts.runs} (${fault}/${mutation}): ${(e as Error).message}`,
          ).toBe(FATAL[fault]);
          counts.typedFailures++;
        } finally {
          world.server.clearFaults();
        }
        expect(await leftovers(root), `after run ${counts.runs} (${fault}/${mutation})`).toEqual([]);
      }
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      c.result(
        `seed ${seed0}: ${counts.runs} setups in ${secs} s — ${counts.ok} ok + ${counts.typedFailures} typed failures; ` +
          `${counts.freshInstalls} fresh installs (${counts.deletions} instances deleted on purpose), ${counts.rebuilt} metadata rebuilds; faults ${JSON.stringify(byFault)}`,
      );
      await c.intact(async () => {
        expect(counts.ok + counts.typedFailures).toBe(counts.runs);
        let installedRoots = 0;
        for (const root of roots) {
          const m = new PythonManager({ root, catalog: worldCatalog(world) });
          const list = await m.listInstances();
          expect(list.length, root).toBe(model.get(root) ? 1 : 0);
          if (list.length) installedRoots++;
          for (const i of list) expect((await m.validateIntegrity(i.key)).problems).toEqual([]);
          // nothing that looks like an instance but is not one
          for (const name of await fs.readdir(root).catch(() => [] as string[])) {
            if (name.startsWith('cpython-'))
              expect(
                list.map((i) => i.key),
                `${root}/${name}`,
              ).toContain(name);
          }
          expect(await leftovers(root)).toEqual([]);
        }
        // every fresh install is either still there or was deleted by a mutation
        expect(counts.freshInstalls).toBe(installedRoots + counts.deletions);
      });
    },
    BUDGET_MS + 120_000,
  );
});
