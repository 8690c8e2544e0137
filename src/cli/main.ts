// Entry of dist/cli.js. Kept tiny: the program and the commands load only after the compile cache is on.
import nodeModule from 'node:module';
import { allowHostGc } from '../core/install/memory.js';

// V8's code cache for every module loaded from here on (Node's own cache dir under the temp dir, keyed by
// file content; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Static imports are evaluated before this line
// runs, which is why the program is a dynamic import below. Node < 22.1 has no such call.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The CLI owns its process, so it may expose `gc`: installs then collect streamed buffers as they go
// (src/core/install/memory.ts), keeping peak RSS near the working set. The library never sets V8 flags.
allowHostGc();

const { runCli } = await import('./program.js');
process.exitCode = await runCli(process.argv.slice(2));
