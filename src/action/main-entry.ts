// The bundle's entry (dist/main.js): main.ts only exports run() so @github/local-action can import it.
// Kept tiny. Built, `./main.js` is dist/main-run.cjs run by src/action/code-cache.ts (V8's code cache made
// after the run); the compile cache below serves the ES module files the step may load (dist/lib-*.js).
import { enableCompileCache } from '../core/compile-cache.js';
import { allowV8Tuning } from '../core/install/memory.js';

enableCompileCache();
// The action owns its process, so it may tune V8 for installs: `gc` for the installer's streamed buffers,
// Maglev only (src/core/install/memory.ts, src/core/v8-tiers.ts); the library itself never sets V8 flags.
allowV8Tuning();

const { run } = await import('./main.js');
await run();
