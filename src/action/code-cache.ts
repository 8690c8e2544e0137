/**
 * The action's main step runs dist/main-run.cjs with a code cache (src/core/code-cache.ts). On a self-hosted
 * runner the temp directory outlives the job, so the cache is made after the run: the next run of the same
 * build starts with the code it runs compiled (a warm setup ~8 ms faster, measured in docs/benchmarks.md).
 * A GitHub-hosted runner starts every job with an empty temp directory: only a later use of the action in
 * the same job reads a cache, so the step writes it while it waits on uv or the interpreter, which costs the
 * run nothing: a later use starts with what the first one compiled up to its last wait (a warm setup as fast
 * as a self-hosted runner's; a cache of eager code only, written right after compiling, saved ~11 ms of the
 * ~25 ms that compiling costs, and took ~2 ms of the first use's time). The two are kept under different
 * names: a hosted job's cache, which may hold the installer's code, is never taken for one made after a run
 * that installed nothing.
 */
import { besideEntry, codeCacheFile, runWithCodeCache, type CacheWhen } from '../core/code-cache.js';

interface RunModule {
  run(): Promise<void>;
}

/** Where the step's cache lives (none when Node's compile cache is off) and when it is written. */
export function actionCodeCache(hash: string): { file: string | undefined; when: CacheWhen } {
  return process.env.RUNNER_ENVIRONMENT === 'github-hosted'
    ? { file: codeCacheFile(hash, 'action-job'), when: 'idle' }
    : { file: codeCacheFile(hash, 'action'), when: 'ran' };
}

/** What dist/main.js runs: dist/main-run.cjs beside it, whose content hash the build wrote into the call. */
export function runBuiltAction(hash: string): Promise<void> {
  const cache = actionCodeCache(hash);
  return runWithCodeCache(
    besideEntry(import.meta.url, 'main-run.cjs'),
    cache.file,
    (m: RunModule) => m.run(),
    cache.when,
  );
}
