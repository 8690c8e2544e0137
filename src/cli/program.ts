import { Command, CommanderError } from 'commander';
import { globalOptions } from './options.js';
import { USAGE_EXIT_CODE } from './output.js';
import { registerEntry, toOption, type Runtime } from './register.js';
import type { EntrySpec } from './spec.js';
import { COMMANDS } from './specs/index.js';
import { VERSION } from './version.js';

/**
 * The entries `argv` can be running: those whose name it holds (a value that happens to be a command name
 * only adds that command), or all of them when it holds none (`pyembed`, `--help`, a misspelt command, so
 * that help and suggestions list everything). Registering one command instead of all of them saves a few
 * ms of every start.
 */
function entriesFor(argv?: readonly string[]): readonly EntrySpec[] {
  const named = argv ? COMMANDS.filter((e) => argv.includes(e.name)) : [];
  return named.length ? named : COMMANDS;
}

export function buildProgram(rt: Runtime, argv?: readonly string[]): Command {
  const program = new Command('pyembed')
    .description(
      'A private, checksum-verified CPython from python-build-standalone, a uv venv and your packages — outside GitHub too.',
    )
    .version(VERSION, '-V, --version', 'print the pyembed version')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride();
  for (const o of globalOptions()) program.addOption(toOption(o));
  for (const entry of entriesFor(argv)) registerEntry(rt, program, entry);
  return program;
}

/** Runs the CLI; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const rt: Runtime = { exitCode: 0 };
  const program = buildProgram(rt, argv);
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
  return rt.exitCode;
}
