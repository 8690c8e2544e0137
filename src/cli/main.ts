// Entry of dist/cli.js. Kept tiny: commands load their modules only when they run.
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));
