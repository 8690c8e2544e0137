// The bundle's entry (dist/main.js): main.ts only exports run() so @github/local-action can import it.
import { allowHostGc } from '../core/install/memory.js';
import { run } from './main.js';

// The action owns its process, so it may expose `gc` for the installer's streamed buffers
// (src/core/install/memory.ts); the library itself never sets V8 flags.
allowHostGc();

await run();
