// Entry of dist/cli.js. Kept tiny: the version answers from here, and everything else (dist/cli-run.cjs,
// one file) loads only after the compile cache is on.
import { enableCompileCache } from '../core/compile-cache.js';
import { answeredVersion } from './version.js';

const argv = process.argv.slice(2);
if (!answeredVersion(argv)) {
  enableCompileCache();
  const { runCliProcess } = await import('./run.js');
  process.exitCode = await runCliProcess(argv);
}
