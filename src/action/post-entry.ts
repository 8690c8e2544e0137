// The bundle's entry (dist/post.js): post.ts only exports run() so @github/local-action can import it.
// Kept tiny: post.js and its chunks load only after the compile cache is on (shared chunks come from the
// main step's cache).
import { enableCompileCache } from '../core/compile-cache.js';

enableCompileCache();
const { run } = await import('./post.js');
await run();
// an HTTP keep-alive socket of the cache client must not hold the post step open
process.exit(process.exitCode ?? 0);
