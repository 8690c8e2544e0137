// Entry of dist/cli.js. Kept tiny: commands load their modules only when they run.
import nodeModule from 'node:module';
import v8 from 'node:v8';
import { runCli } from './program.js';

// The CLI owns its process, so it may expose `gc`: installs then collect streamed buffers as they go
// (src/core/install/memory.ts), keeping peak RSS near the working set. The library never sets V8 flags.
v8.setFlagsFromString('--expose-gc');
// V8's code cache for the command chunks loaded from here on (Node's own cache dir under the temp dir, keyed
// by file content; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a repeated `pyembed setup` spends ~12 ms less
// CPU compiling, and a first run costs no more than without it. Node < 22.1 has no such call.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.exitCode = await runCli(process.argv.slice(2));
