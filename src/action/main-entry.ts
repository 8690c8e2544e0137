// The bundle's entry (dist/main.js): main.ts only exports run() so @github/local-action can import it.
// Kept tiny: main.js and its chunks load only after the compile cache is on.
import { enableCompileCache } from '../core/compile-cache.js';
import { allowHostGc } from '../core/install/memory.js';
import { skipTurbofan } from '../core/v8-tiers.js';

enableCompileCache();
// The action owns its process, so it may expose `gc` for the installer's streamed buffers
// (src/core/install/memory.ts), and leave its hot code to Maglev (src/core/v8-tiers.ts); the library
// itself never sets V8 flags.
allowHostGc();
skipTurbofan(); // before main-run.js compiles: V8 code caches carry the flags they were made under

const { run } = await import('./main.js');
await run();
