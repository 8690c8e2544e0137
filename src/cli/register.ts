// Turns command specs into commander commands whose action hands what commander parsed to `onRun`.
// Loaded only when the fast parser (parse.ts) falls back: help, version, usage errors.
import { Command, Option } from 'commander';
import { globalOptions } from './options.js';
import type { Invocation } from './parse.js';
import { isGroup, type CommandSpec, type EntrySpec, type OptionSpec } from './spec.js';
import { COMMANDS } from './specs/index.js';
import { VERSION } from './version.js';

/** What a command's action does with its invocation (runCli runs it; the parser's tests record it). */
export type OnRun = (invocation: Invocation) => Promise<void>;

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

/** The commander program of `pyembed` (all commands, or those `argv` names); errors throw (exitOverride). */
export function buildProgram(onRun: OnRun, argv?: readonly string[]): Command {
  const program = new Command('pyembed')
    .description(
      'A private, checksum-verified CPython from python-build-standalone, a uv venv and your packages — outside GitHub too.',
    )
    .version(VERSION, '-V, --version', 'print the pyembed version')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride();
  for (const o of globalOptions()) program.addOption(toOption(o));
  for (const entry of entriesFor(argv)) registerEntry(onRun, program, entry);
  return program;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function toOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.repeatable) option.argParser(collect);
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  return option;
}

/** Adds a command or a group (with its subcommands) under `parent`. */
export function registerEntry(onRun: OnRun, parent: Command, entry: EntrySpec): void {
  if (!isGroup(entry)) {
    registerCommand(onRun, parent, entry, [entry.name]);
    return;
  }
  const group = parent.command(entry.name).description(entry.description);
  for (const spec of entry.commands) registerCommand(onRun, group, spec, [entry.name, spec.name]);
}

function registerCommand(onRun: OnRun, parent: Command, spec: CommandSpec, path: string[]): void {
  const cmd = parent.command(spec.name).description(spec.description);
  for (const a of spec.arguments ?? []) cmd.argument(a.name, a.description);
  for (const o of spec.options ?? []) cmd.addOption(toOption(o));
  cmd.action((...params: unknown[]) => onRun(invocationOf(spec, path, params[params.length - 1] as Command)));
}

function invocationOf(spec: CommandSpec, path: string[], self: Command): Invocation {
  const args = self.processedArgs.flatMap((a: unknown) =>
    a === undefined ? [] : Array.isArray(a) ? a : [String(a)],
  );
  return { spec, path, args, opts: self.opts(), globals: self.optsWithGlobals() };
}
