// Entry of dist/cli.js. Kept tiny: the version answers from here, and everything else (dist/cli-run.js,
// one file) loads only after the compile cache is on.
import { enableCompileCache } from '../core/compile-cache.js';
import { skipTurbofan } from '../core/v8-tiers.js';
import { answeredVersion } from './version.js';

const argv = process.argv.slice(2);
if (!answeredVersion(argv)) {
  enableCompileCache();
  // before the run file compiles: V8 code caches carry the flags they were made under
  skipTurbofan();
  const { runCliProcess } = await import('./run.js');
  process.exitCode = await runCliProcess(argv);
}
