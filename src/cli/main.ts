// Entry of dist/cli.js. Kept tiny: commands load their modules only when they run.
import v8 from 'node:v8';
import { runCli } from './program.js';

// The CLI owns its process, so it may expose `gc`: installs then collect streamed buffers as they go
// (src/core/install/memory.ts), keeping peak RSS near the working set. The library never sets V8 flags.
v8.setFlagsFromString('--expose-gc');

process.exitCode = await runCli(process.argv.slice(2));
