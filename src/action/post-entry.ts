// The bundle's entry (dist/post.js): post.ts only exports run() so @github/local-action can import it.
// Kept tiny: post.js and the files it imports load only after the compile cache is on (dist/lib-actions-cache.js
// comes compiled from the main step's cache when that step loaded it too).
import { enableCompileCache } from '../core/compile-cache.js';

enableCompileCache();
const { run } = await import('./post.js');
await run();
// an HTTP keep-alive socket of the cache client must not hold the post step open
process.exit(process.exitCode ?? 0);
