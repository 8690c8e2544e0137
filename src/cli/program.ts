// The CLI's top: the fast parser for a command to run, commander (loaded only then) for everything else.
// Only the version is static: `pyembed --version` (the bench's start row) evaluates nothing else.
import type { Invocation } from './parse.js';
import { answeredVersion } from './version.js';

/** Runs the CLI; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  if (answeredVersion(argv)) return 0;
  const [{ parseArgv }, { COMMANDS }, { globalOptions }, { runInvocation }] = await Promise.all([
    import('./parse.js'),
    import('./specs/index.js'),
    import('./options.js'),
    import('./invoke.js'),
  ]);
  const parsed = parseArgv(argv, COMMANDS, globalOptions());
  if (parsed.kind === 'run') return runInvocation(parsed);
  return runWithCommander(argv, runInvocation);
}

/** Help, the version among other words, usage errors with their suggestions: commander's. */
async function runWithCommander(
  argv: string[],
  runInvocation: (invocation: Invocation) => Promise<number>,
): Promise<number> {
  const [{ buildProgram }, { CommanderError }, { USAGE_EXIT_CODE }] = await Promise.all([
    import('./register.js'),
    import('commander'),
    import('./output.js'),
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
