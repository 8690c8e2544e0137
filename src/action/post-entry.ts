// Bundle entry for dist/post.js; post.ts only exports run() so @github/local-action can import it.
import { run } from './post.js';

await run();
