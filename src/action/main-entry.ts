// The bundle's entry (dist/main.js): main.ts only exports run() so @github/local-action can import it.
import v8 from 'node:v8';
import { run } from './main.js';

// The action owns its process, so it may expose `gc` for the installer's streamed buffers
// (src/core/install/memory.ts); the library itself never sets V8 flags.
v8.setFlagsFromString('--expose-gc');

await run();
