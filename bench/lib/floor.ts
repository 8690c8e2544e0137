// Variants that run bench/lib/floor.mjs: the Node-side floor of a row (see that file), measured in the same
// alternating run as ours and the baseline.
import path from 'node:path';
import { repoRoot } from '../../test-world/paths.js';
import type { BenchContext } from '../context.js';
import type { Variant } from './alternate.js';
import type { LibWorker } from './lib-client.js';
import { run } from './proc.js';
import { mustHavePython } from './verify.js';

const SCRIPT = path.join(repoRoot, 'bench', 'lib', 'floor.mjs');

export const FLOOR_LABEL = {
  print: 'Node floor: an ESM file that prints a line',
  spawn: 'Node floor: a script spawning the same uv commands',
  inflate: "Node floor: GET + sha256 + Node's zlib, no files",
  extract: "Node floor: GET + sha256 + Node's zlib + the files written",
  extractWarm: "Node floor in the library's warm process: GET + sha256 + Node's zlib + the files written",
};

export interface SpawnJob {
  cwd?: string;
  env?: Record<string, string>;
  commands: string[][];
  /** Proves the job was done (e.g. the venv holds the packages); not timed. */
  verify?: () => Promise<void>;
}

/** Node starting, spawning `commands` (what the baseline runs) in order, exiting. */
export function floorSpawn(ctx: BenchContext, env: NodeJS.ProcessEnv, job: () => Promise<SpawnJob>): Variant {
  return {
    label: FLOOR_LABEL.spawn,
    run: async () => {
      const { verify, ...j } = await job();
      const r = await run(ctx.node, [SCRIPT, 'spawn', JSON.stringify(j)], { env });
      await verify?.();
      return r.ms;
    },
  };
}

/** Node downloading, hashing and inflating the archive at `url` as it streams (time, or peak RSS). */
export function floorInflate(ctx: BenchContext, url: string, unit: 'ms' | 'MB' = 'ms'): Variant {
  return {
    label: FLOOR_LABEL.inflate,
    unit,
    run: async () => {
      const flags = unit === 'MB' ? ['--expose-gc'] : []; // memory kept low as the installer keeps it
      const r = await run(ctx.node, [...flags, SCRIPT, 'inflate', url], {
        env: ctx.pyembedEnv(),
        rss: unit === 'MB',
      });
      if (unit === 'ms') return r.ms;
      if (r.maxRssKb === undefined) throw new Error('no RSS figure (/usr/bin/time missing?)');
      return r.maxRssKb / 1024;
    },
  };
}

/** Node downloading, hashing and inflating the archive at `url` and writing its tree into `dir()`, as tar does. */
export function floorExtract(ctx: BenchContext, url: string, dir: () => Promise<string>): Variant {
  return {
    label: FLOOR_LABEL.extract,
    run: async () => {
      const d = await dir();
      const r = await run(ctx.node, [SCRIPT, 'extract', url, d], { env: ctx.pyembedEnv() });
      await mustHavePython(d, 'the Node floor');
      return r.ms;
    },
  };
}

/** The same as floorExtract, run in the library's long-lived process (warm, as the library rows run). */
export function floorExtractWarm(worker: LibWorker, url: string, dir: () => Promise<string>): Variant {
  return {
    label: FLOOR_LABEL.extractWarm,
    run: async () => {
      const d = await dir();
      const r = await worker.must({ op: 'floor', url, root: d });
      await mustHavePython(d, 'the Node floor');
      return r.ms!;
    },
  };
}

/** Node starting and writing one line: the floor of a CLI's answer or an action's first log line. */
export function floorPrint(ctx: BenchContext): Variant {
  return {
    label: FLOOR_LABEL.print,
    run: async () => (await run(ctx.node, [SCRIPT, 'print'], { env: ctx.pyembedEnv() })).ms,
  };
}
