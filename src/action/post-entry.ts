// The bundle's entry (dist/post.js): post.ts only exports run() so @github/local-action can import it.
import { run } from './post.js';

await run();
// an HTTP keep-alive socket of the cache client must not hold the post step open
process.exit(process.exitCode ?? 0);
