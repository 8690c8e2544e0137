// Entry of dist/cli.js. Kept tiny: the program and the commands load only after the compile cache is on.
import { enableCompileCache } from '../core/compile-cache.js';
import { allowHostGc } from '../core/install/memory.js';

enableCompileCache();
// The CLI owns its process, so it may expose `gc`: installs then collect streamed buffers as they go
// (src/core/install/memory.ts), keeping peak RSS near the working set. The library never sets V8 flags.
allowHostGc();

const { runCli } = await import('./program.js');
process.exitCode = await runCli(process.argv.slice(2));
