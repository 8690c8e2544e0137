// The bundle's entry (dist/main.js): main.ts only exports run() so @github/local-action can import it.
import { run } from './main.js';

await run();
