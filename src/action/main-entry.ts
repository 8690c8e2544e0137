// The bundle's entry (dist/main.js): main.ts only exports run() so @github/local-action can import it.
// Kept tiny: main.js and its chunks load only after the compile cache is on.
import { enableCompileCache } from '../core/compile-cache.js';
import { allowV8Tuning } from '../core/install/memory.js';

enableCompileCache();
// The action owns its process, so it may tune V8 for installs: `gc` for the installer's streamed buffers,
// Maglev only (src/core/install/memory.ts, src/core/v8-tiers.ts); the library itself never sets V8 flags.
allowV8Tuning();

const { run } = await import('./main.js');
await run();
