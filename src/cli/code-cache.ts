/**
 * The CLI's code cache (src/core/code-cache.ts): one per command, since each command runs other code.
 * `pyembed install` and `pyembed import` stream an archive on every run, so a cache made after they ran would
 * never be written; theirs is made right after the file compiles (what V8 compiled eagerly, as Node's compile
 * cache holds). Measured on `pyembed install`: a cache of everything it ran kept the deserialised code
 * resident to the install's peak, +3 MB of RSS at the same time.
 */
import { besideEntry, codeCacheFile, runWithCodeCache } from '../core/code-cache.js';

interface RunModule {
  runCliProcess(argv: string[]): Promise<number>;
}

const CACHED_BEFORE_RUN = new Set(['install', 'import']);

const commandOf = (argv: string[]) => (/^[a-z][a-z-]{0,30}$/.test(argv[0] ?? '') ? argv[0] : 'other');

/** What dist/cli.js runs: dist/cli-run.cjs beside it, whose content hash the build wrote into the call. */
export function runBuiltCli(hash: string, argv: string[]): Promise<number> {
  const command = commandOf(argv);
  return runWithCodeCache(
    besideEntry(import.meta.url, 'cli-run.cjs'),
    codeCacheFile(hash, command),
    (m: RunModule) => m.runCliProcess(argv),
    CACHED_BEFORE_RUN.has(command) ? 'compiled' : 'ran',
  );
}
