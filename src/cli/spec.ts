// The shape of a CLI command: plain data plus a lazily imported, type-checked handler.
import type { OptionKey } from '../core/config/options.js';
import type { CliContext } from './context.js';
import type { CommandResult } from './output.js';

/** The command's own options as commander parsed them (attribute names: `--timeout-seconds` -> `timeoutSeconds`). */
export type CommandOptions = Record<string, unknown>;

/** A command body: positional arguments, the command's own options, the shared context. */
export type Handler = (ctx: CliContext, args: string[], opts: CommandOptions) => Promise<CommandResult>;

/** A positional argument in commander syntax: `<name>` required, `[name]` optional, `...` variadic. */
export interface ArgumentSpec {
  name: string;
  description: string;
}

export interface OptionSpec {
  /** Commander flags, e.g. `-r, --requirements <file>` or `--no-venv`. */
  flags: string;
  description: string;
  defaultValue?: string | boolean;
  /** Every occurrence is collected into an array. */
  repeatable?: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  arguments?: readonly ArgumentSpec[];
  options?: readonly OptionSpec[];
  /** Config values the positional arguments stand for (`setup 3.11` -> python), above flags and env. */
  configFromArgs?: (args: string[]) => Partial<Record<OptionKey, unknown>>;
  /**
   * Imports the handler's module only when the command runs, so `pyembed --help` and small commands never
   * evaluate the catalogue, the installer or octokit. Written as
   * `() => import('../commands/exec.js').then((m) => m.execCommand)`: a wrong export name or signature fails tsc.
   */
  handler: () => Promise<Handler>;
}

/** A command with subcommands only (`venv`, `pip`, `config`); alone it prints its help and exits 2. */
export interface GroupSpec {
  name: string;
  description: string;
  commands: readonly CommandSpec[];
}

export type EntrySpec = CommandSpec | GroupSpec;

export const isGroup = (e: EntrySpec): e is GroupSpec => 'commands' in e;
