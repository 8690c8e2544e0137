// What dist/cli.js loads for any command: the CLI as one module (dist/cli-run.js; see scripts/build.mjs).
import { allowHostGc } from '../core/install/memory.js';
import { runCli } from './program.js';

/** Runs the CLI in a process it owns; returns the exit code. */
export function runCliProcess(argv: string[]): Promise<number> {
  // The CLI owns its process, so it may expose `gc`: installs then collect streamed buffers as they go
  // (src/core/install/memory.ts), keeping peak RSS near the working set. The library never sets V8 flags.
  allowHostGc();
  return runCli(argv);
}
