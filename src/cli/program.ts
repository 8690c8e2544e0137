// The CLI's top: the fast parser for a command to run, commander (loaded only then) for everything else.
import { runInvocation } from './invoke.js';
import { globalOptions } from './options.js';
import { USAGE_EXIT_CODE } from './output.js';
import { parseArgv } from './parse.js';
import { COMMANDS } from './specs/index.js';
import { VERSION } from './version.js';

/** Runs the CLI; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`); // as commander prints it
    return 0;
  }
  const parsed = parseArgv(argv, COMMANDS, globalOptions());
  if (parsed.kind === 'run') return runInvocation(parsed);
  return runWithCommander(argv);
}

/** Help, the version among other words, usage errors with their suggestions: commander's. */
async function runWithCommander(argv: string[]): Promise<number> {
  const [{ buildProgram }, { CommanderError }] = await Promise.all([
    import('./register.js'),
    import('commander'),
  ]);
  let exitCode = 0;
  const program = buildProgram(async (invocation) => {
    exitCode = await runInvocation(invocation);
  }, argv);
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version
      if (json) {
        const doc = {
          error: {
            name: 'UsageError',
            message: e.message.replace(/^error: /, ''),
            exitCode: USAGE_EXIT_CODE,
          },
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      }
      // includes `pyembed venv` without a subcommand (help on stderr)
      return USAGE_EXIT_CODE;
    }
    throw e;
  }
  return exitCode;
}
