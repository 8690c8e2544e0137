// Cold install of the default-path build from the local mirror: `pyembed install` (CLI subprocess) and
// the library (PythonManager in a warm Node process) against `curl URL | tar -xz` and `uv python install`
// of the same archive, on a tmpfs (CPU cost) and on disk into fresh directories.
import path from 'node:path';
import { countingApi, SPEC, type BenchContext } from '../context.js';
import { alternate, type Variant } from '../lib/alternate.js';
import type { LibWorker } from '../lib/lib-client.js';
import { bash, run } from '../lib/proc.js';
import { mustHavePython } from '../lib/verify.js';
import type { FsKind } from '../lib/scratch.js';
import { floorExtract, floorExtractWarm } from '../lib/floor.js';
import type { Goal, Row, Series } from '../types.js';

export interface InstallVariants {
  cli: Variant;
  lib: Variant;
  curl: Variant;
  uv: Variant;
  floor: Variant;
  /** The floor run in the library's warm process: what the library rows are held to. */
  libFloor: Variant;
}

/** The four ways to put the same archive on disk, each into a new directory on `fs`. */
export function installVariants(
  ctx: BenchContext,
  fs: FsKind,
  worker: LibWorker,
  used: string[],
): InstallVariants {
  const a = ctx.defaultArchive;
  const fresh = async (label: string) => {
    const d = await ctx.scratch.fresh(fs, label);
    used.push(d);
    return d;
  };
  return {
    cli: {
      label: '`pyembed install` (CLI)',
      run: async () => {
        const root = await fresh('cli');
        const env = ctx.pyembedEnv({ PYEMBED_ROOT: root, PYEMBED_MIRROR: ctx.world.mirrorUrl });
        const r = await countingApi(ctx, () =>
          run(ctx.node, [ctx.bundles.cli, 'install', SPEC, '--no-progress', '-q'], { env }),
        );
        await mustHavePython(root, 'pyembed install');
        return r.ms;
      },
    },
    lib: {
      label: 'library `PythonManager` (in-process)',
      run: async () => {
        const root = await fresh('lib');
        const r = await countingApi(ctx, () =>
          worker.must({
            op: 'install',
            root,
            mirror: ctx.world.mirrorUrl,
            spec: SPEC,
            apiUrl: ctx.world.apiUrl,
            downloadsJson: ctx.uvDownloadsJson, // as pyembedEnv: the world's release, install_only
          }),
        );
        await mustHavePython(root, 'the library');
        return r.ms!;
      },
    },
    curl: {
      label: '`curl URL | tar -xz`',
      run: async () => {
        const dir = await fresh('curl');
        const ms = (await bash('curl -sSf "$1" | tar -xz -C "$2"', [a.url, dir])).ms;
        await mustHavePython(dir, 'curl | tar');
        return ms;
      },
    },
    uv: {
      label: '`uv python install`',
      run: async () => {
        const dir = await fresh('uv');
        const env = ctx.pyembedEnv({
          UV_PYTHON_INSTALL_DIR: path.join(dir, 'python'),
          UV_CACHE_DIR: path.join(dir, 'cache'),
          UV_PYTHON_DOWNLOADS_JSON_URL: ctx.uvDownloadsJson,
          UV_PYTHON_BIN_DIR: path.join(dir, 'bin'),
        });
        const ms = (await run(ctx.uv, ['python', 'install', SPEC, '--no-bin', '-q'], { env })).ms;
        await mustHavePython(dir, 'uv python install');
        return ms;
      },
    },
    floor: floorExtract(ctx, a.url, () => fresh('floor')),
    libFloor: floorExtractWarm(worker, a.url, () => fresh('lib-floor')),
  };
}

export async function installCase(ctx: BenchContext, fs: FsKind, worker: LibWorker): Promise<Row[]> {
  ctx.log(`bench: cold install on ${fs}`);
  const used: string[] = [];
  const v = installVariants(ctx, fs, worker, used);
  const [cli, lib, curl, uv, floor, libFloor] = await alternate(
    [v.cli, v.lib, v.curl, v.uv, v.floor, v.libFloor],
    {
      iterations: ctx.iterations,
      warmup: ctx.warmup,
      log: ctx.log,
      // tmpfs is memory: free each tree once measured (no ext4 penalty there); disk trees stay until the end,
      // each written back before the next run (untimed), which would otherwise pay for the previous one's.
      after: async () => {
        if (fs === 'tmpfs') for (const d of used.splice(0)) await ctx.scratch.dropTmpfs(d);
        else await bash('sync', []);
      },
    },
  );
  const a = ctx.defaultArchive;
  const where = fs === 'tmpfs' ? 'tmpfs' : 'disk, fresh dirs';
  const note = `${a.assetName}: ${(a.bytes / 1e6).toFixed(1)} MB, ${(a.unpackedBytes / 1e6).toFixed(0)} MB / ${a.files} entries unpacked`;
  // issue #15's goals: the CLI at most 1.0x both baselines, the library in a warm process at most 0.8x uv
  const ratio = (max: number): Goal => ({ kind: 'ratio', max, text: `<= ${max.toFixed(1)}x` });
  // each face is held against its own floor: a fresh process for the CLI, the library's warm process for it
  const faces = { cli: { ours: cli, floor }, lib: { ours: lib, floor: libFloor } };
  const row = (face: 'cli' | 'lib', base: Series, id: string, vs: string, goal: Goal): Row => ({
    id: `install-${fs}-${face}-${id}`,
    group: 'cold install',
    case: `cold install (${where}) vs ${vs}`,
    ours: faces[face].ours,
    baseline: base,
    floor: faces[face].floor,
    goal,
    note,
  });
  return [
    row('cli', curl, 'curl', 'curl | tar', ratio(1.0)),
    row('lib', curl, 'curl', 'curl | tar', { kind: 'info', text: 'no goal (the library is held to uv)' }),
    row('cli', uv, 'uv', 'uv python install', ratio(1.0)),
    row('lib', uv, 'uv', 'uv python install', ratio(0.8)),
  ];
}
