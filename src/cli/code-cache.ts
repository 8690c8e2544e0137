/**
 * How dist/cli.js runs the rest of the CLI (dist/cli-run.cjs): compiled by V8 with a code cache that is made
 * after the command ran, one per command. Node's own compile cache is made when a module is compiled, so it
 * holds only what V8 compiles eagerly (165 KB of the 1 MB file); the functions a command runs were compiled
 * again on every start (a warm `pyembed setup` 6-14 ms faster this way, measured in docs/benchmarks.md).
 * A run that installed writes no cache (the next one does), and `pyembed install` caches what V8 compiled
 * eagerly: a cache of the installer's code was deserialised on every start and stayed resident.
 *
 * The file is CommonJS because only a script compiled by `vm.Script` can give V8's cache after running; it
 * imports nothing with `import()` (a vm script would need an experimental loader for that): the build turns
 * the lazily loaded libraries into CommonJS files it requires. The cache's name carries the build's hash of
 * the file (V8 itself checks only the source's length), Node's version and the command; V8 rejects a cache
 * made under other flags, and a rejected or missing one is written again after the command. Only the built
 * CLI uses this: from the sources, src/cli/main.ts imports src/cli/run.ts directly.
 */
import { createRequire } from 'node:module';
import { streamedInProcess } from '../core/install/memory.js';

// require(), not import: the ESM namespace of a builtin would load what it never uses (see core/builtins.ts)
const req = createRequire(import.meta.url);
const fs = req('node:fs') as typeof import('node:fs');
const path = req('node:path') as typeof import('node:path');

interface RunModule {
  runCliProcess(argv: string[]): Promise<number>;
}

/**
 * Commands that stream an archive on every run (download, extraction): their cache is made right after the
 * file compiles (what V8 compiled eagerly, as Node's compile cache holds), not after they ran, which would
 * never happen for them (see the end of runWithCodeCache). Measured on `pyembed install`: a cache of
 * everything it ran kept the deserialised code resident to the install's peak, +3 MB of RSS at the same time.
 */
const CACHED_BEFORE_RUN = new Set(['install', 'import']);

const commandOf = (argv: string[]) => (/^[a-z][a-z-]{0,30}$/.test(argv[0] ?? '') ? argv[0] : 'other');

/** Where the cache of `command` lives: beside Node's own compile cache; none when that is turned off. */
export function codeCacheFile(hash: string, argv: string[]): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const os = req('node:os') as typeof import('node:os');
  const dir = process.env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), 'node-compile-cache');
  return path.join(dir, 'pyembed', `${hash}-${process.version}-${process.arch}-${commandOf(argv)}.bin`);
}

/** What dist/cli.js runs: dist/cli-run.cjs beside it, whose content hash the build wrote into the call. */
export function runBuiltCli(hash: string, argv: string[]): Promise<number> {
  const url = req('node:url') as typeof import('node:url');
  const file = path.join(path.dirname(url.fileURLToPath(import.meta.url)), 'cli-run.cjs');
  const when = CACHED_BEFORE_RUN.has(commandOf(argv)) ? 'compiled' : 'ran';
  return runWithCodeCache(file, codeCacheFile(hash, argv), argv, when);
}

/**
 * Runs `runCliProcess(argv)` of the CommonJS file `file`, with the code cache of `cacheFile` if it has one;
 * a missing or rejected cache is written once the file `compiled`, or once the command `ran`.
 */
export async function runWithCodeCache(
  file: string,
  cacheFile: string | undefined,
  argv: string[],
  when: 'compiled' | 'ran' = 'ran',
): Promise<number> {
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
  const mod = { exports: {} as RunModule };
  (script.runInThisContext() as (...a: unknown[]) => void).call(
    mod.exports,
    mod.exports,
    nodeModule.createRequire(file),
    mod,
    file,
    path.dirname(file),
  );
  const code = await mod.exports.runCliProcess(argv);
  // a run that installed would leave a cache of the installer's code, deserialised on every later start of
  // the command (a cold `pyembed setup` before the warm ones): the next run that installs nothing writes it
  if (stale && when === 'ran' && !streamedInProcess()) saveCache(cacheFile, script.createCachedData());
  return code;
}

/** Written whole (temp file, then rename): concurrent CLIs each write their own and the last rename wins. */
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
