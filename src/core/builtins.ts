/**
 * Node builtins that a warm run (a no-op `pyembed setup`, an action rerun) never touches, loaded on first
 * use instead of at start. Importing one compiles it and what it pulls in: measured on Node 24 as CPU
 * profile time in `compileForInternalLoader`, node:crypto ~7 ms, node:zlib ~4 ms, node:v8 ~3 ms,
 * node:vm ~2 ms — together about a fifth of what `pyembed setup` adds over raw uv. `require()` returns the module as it is (see install/http.ts for why not `import()`).
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export const cryptoModule = () => requireBuiltin('node:crypto') as typeof import('node:crypto');
export const zlibModule = () => requireBuiltin('node:zlib') as typeof import('node:zlib');
export const vmModule = () => requireBuiltin('node:vm') as typeof import('node:vm');
export const v8Module = () => requireBuiltin('node:v8') as typeof import('node:v8');
/** node:child_process loads net, dgram and the stream stack: a run that spawns nothing skips them. */
export const childProcessModule = () =>
  requireBuiltin('node:child_process') as typeof import('node:child_process');
export const netModule = () => requireBuiltin('node:net') as typeof import('node:net');
/**
 * An ESM import of node:util builds its namespace, which reads every lazy export and so loads a dozen more
 * modules (worker_threads, util's diff, parseArgs...; ~2 ms of a start on Node 24). `require()` does not.
 */
export const utilModule = () => requireBuiltin('node:util') as typeof import('node:util');

type ExecFileAsync = typeof import('node:child_process').execFile.__promisify__;
let execFilePromise: ExecFileAsync | undefined;
/** `child_process.execFile` as a promise (util.promisify's), both modules loaded on the first call. */
export const execFileAsync: ExecFileAsync = ((...args: Parameters<ExecFileAsync>) =>
  (execFilePromise ??= utilModule().promisify(childProcessModule().execFile))(...args)) as ExecFileAsync;

/** A sha256 hash object (node:crypto loaded on the first call). */
export const sha256 = () => cryptoModule().createHash('sha256');

/**
 * A random hex tag for temporary file names and lock tokens: names that must not collide with another
 * process's (the pid and the time sit beside it), not secrets, so Math.random is enough and no crypto loads.
 */
export function randomTag(bytes = 4): string {
  let s = '';
  for (let i = 0; i < bytes; i++)
    s += Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0');
  return s;
}

/**
 * Milliseconds on a monotonic clock, for phase timings. `performance.now()` is the same clock but its
 * first use loads Node's perf_hooks (eleven internal modules, ~2 ms on Node 24).
 */
export const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
