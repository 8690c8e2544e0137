export declare const cryptoModule: () => typeof import("node:crypto");
export declare const zlibModule: () => typeof import("node:zlib");
export declare const vmModule: () => typeof import("node:vm");
export declare const v8Module: () => typeof import("node:v8");
/** node:child_process loads net, dgram and the stream stack: a run that spawns nothing skips them. */
export declare const childProcessModule: () => typeof import("node:child_process");
export declare const netModule: () => typeof import("node:net");
/**
 * An ESM import of node:util builds its namespace, which reads every lazy export and so loads a dozen more
 * modules (worker_threads, util's diff, parseArgs...; ~2 ms of a start on Node 24). `require()` does not.
 */
export declare const utilModule: () => typeof import("node:util");
type ExecFileAsync = typeof import('node:child_process').execFile.__promisify__;
/** `child_process.execFile` as a promise (util.promisify's), both modules loaded on the first call. */
export declare const execFileAsync: ExecFileAsync;
/** A sha256 hash object (node:crypto loaded on the first call). */
export declare const sha256: () => import("crypto").Hash;
/**
 * A random hex tag for temporary file names and lock tokens: names that must not collide with another
 * process's (the pid and the time sit beside it), not secrets, so Math.random is enough and no crypto loads.
 */
export declare function randomTag(bytes?: number): string;
/**
 * Milliseconds on a monotonic clock, for phase timings. `performance.now()` is the same clock but its
 * first use loads Node's perf_hooks (eleven internal modules, ~2 ms on Node 24).
 */
export declare const monotonicMs: () => number;
export {};
