// What dist/cli.js loads for any command: the CLI as one module (dist/cli-run.cjs, run by code-cache.ts).
import { allowV8Tuning } from '../core/install/memory.js';
import { runCli } from './program.js';

/** Runs the CLI in a process it owns; returns the exit code. */
export function runCliProcess(argv: string[]): Promise<number> {
  // The CLI owns its process, so it may tune V8 for installs: expose `gc`, so they collect streamed buffers
  // as they go, and leave their hot code to Maglev (src/core/install/memory.ts, src/core/v8-tiers.ts), which
  // keeps peak RSS near the working set. The library never sets V8 flags.
  allowV8Tuning();
  return runCli(argv);
}
