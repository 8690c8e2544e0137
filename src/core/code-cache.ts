/**
 * How the built CLI (dist/cli.js) and the action's main step (dist/main.js) run the rest of their face, one
 * CommonJS file (dist/cli-run.cjs, dist/main-run.cjs): compiled by V8 with a code cache that is made after
 * the run. Node's own compile cache is made when a module is compiled, so it holds only what V8 compiles
 * eagerly (a small part of the file); the functions a run calls were compiled again on every start (a warm
 * `pyembed setup` 6-14 ms faster this way, the action's warm setup ~8 ms; docs/benchmarks.md).
 * A run that installed writes no cache (the next one does): a cache of the installer's code would be
 * deserialised on every later start and stay resident. A cache for the few later runs of one short-lived
 * machine (`idle`) is written while the run waits on a child process instead (src/core/idle.ts), installed or
 * not, again in each such wait (it then holds what compiled since), and once at the end if no wait came.
 *
 * The files are CommonJS because only a script compiled by `vm.Script` can give V8's cache after running;
 * they import nothing with `import()` (a vm script would need an experimental loader for that): the build
 * turns the lazily loaded libraries into files they require. A cache's name carries the build's hash of the
 * file (V8 itself checks only the source's length), Node's version and what it is for (a CLI command, the
 * action); V8 rejects a cache made under other flags, and a rejected or missing one is written again.
 * Only the built faces use this: from the sources, their entries import the rest directly.
 */
import { createRequire } from 'node:module';
import { whileWaiting } from './idle.js';
import { streamedInProcess } from './install/memory.js';

// require(), not import: the ESM namespace of a builtin would load what it never uses (see builtins.ts)
const req = createRequire(import.meta.url);
const fs = req('node:fs') as typeof import('node:fs');
const path = req('node:path') as typeof import('node:path');

/**
 * When a missing or rejected cache is written: once the file `compiled` (eager code), once it `ran`, or while
 * it waits on a child process (`idle`: what compiled so far; at the end when it never waited).
 */
export type CacheWhen = 'compiled' | 'ran' | 'idle';

/**
 * The cache file of `name` for the built file of content hash `hash`: beside Node's own compile cache
 * (NODE_COMPILE_CACHE or its default directory); none when that is turned off.
 */
export function codeCacheFile(hash: string, name: string): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const os = req('node:os') as typeof import('node:os');
  const dir = process.env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), 'node-compile-cache');
  return path.join(dir, 'pyembed', `${hash}-${process.version}-${process.arch}-${name}.bin`);
}

/** The file `name` beside the built entry whose `import.meta.url` is `entryUrl`. */
export function besideEntry(entryUrl: string, name: string): string {
  const url = req('node:url') as typeof import('node:url');
  return path.join(path.dirname(url.fileURLToPath(entryUrl)), name);
}

/**
 * Loads the CommonJS file `file` with the code cache of `cacheFile` if it has one and calls `start` with its
 * exports; a missing or rejected cache is written once the file compiled or once `start` settled (`when`).
 */
export async function runWithCodeCache<E, T>(
  file: string,
  cacheFile: string | undefined,
  start: (exports: E) => Promise<T>,
  when: CacheWhen = 'ran',
): Promise<T> {
  const vm = req('node:vm') as typeof import('node:vm');
  const nodeModule = req('node:module') as typeof import('node:module') & { wrap(s: string): string };
  const url = req('node:url') as typeof import('node:url');
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile ? fs.readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined; // none yet: this run writes it
  }
  const script = new vm.Script(nodeModule.wrap(fs.readFileSync(file, 'utf8')), {
    filename: url.pathToFileURL(file).href,
    cachedData,
  });
  const stale = cacheFile !== undefined && (!cachedData || script.cachedDataRejected === true);
  if (stale && when === 'compiled') saveCache(cacheFile, script.createCachedData());
  const idleCache = stale && when === 'idle' ? cacheFile : undefined;
  let savedIdle = false;
  const stopIdle =
    idleCache === undefined
      ? undefined
      : whileWaiting(() => {
          saveCache(idleCache, script.createCachedData());
          savedIdle = true;
        });
  const mod = { exports: {} as E };
  (script.runInThisContext() as (...a: unknown[]) => void).call(
    mod.exports,
    mod.exports,
    nodeModule.createRequire(file),
    mod,
    file,
    path.dirname(file),
  );
  let result: T;
  try {
    result = await start(mod.exports);
  } finally {
    stopIdle?.();
  }
  // a run that installed would leave a cache of the installer's code, deserialised on every later start
  // (a cold setup before the warm ones): the next run that installs nothing writes it
  if (stale && when === 'ran' && !streamedInProcess()) saveCache(cacheFile, script.createCachedData());
  if (idleCache !== undefined && !savedIdle) saveCache(idleCache, script.createCachedData());
  return result;
}

/** Written whole (temp file, then rename): concurrent runs each write their own and the last rename wins. */
function saveCache(cacheFile: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, cacheFile);
  } catch {
    // a cache is an optimisation: a read-only or full temp dir only costs the next start its compile time
  }
}
