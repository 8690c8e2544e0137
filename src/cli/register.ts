// Turns command specs into commander commands whose action builds the context and runs the lazy handler.
import { Command, Option } from 'commander';
import type { CliContext } from './context.js';
import { INTERRUPTED_EXIT_CODE, reportError, writeResult } from './output.js';
import { isGroup, type CommandSpec, type EntrySpec, type OptionSpec } from './spec.js';

/** What the last command's action leaves for `runCli` to return. */
export interface Runtime {
  exitCode: number;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function toOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.repeatable) option.argParser(collect);
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  return option;
}

/** Adds a command or a group (with its subcommands) under `parent`. */
export function registerEntry(rt: Runtime, parent: Command, entry: EntrySpec): void {
  if (!isGroup(entry)) {
    registerCommand(rt, parent, entry);
    return;
  }
  const group = parent.command(entry.name).description(entry.description);
  for (const spec of entry.commands) registerCommand(rt, group, spec);
}

function registerCommand(rt: Runtime, parent: Command, spec: CommandSpec): void {
  const cmd = parent.command(spec.name).description(spec.description);
  for (const a of spec.arguments ?? []) cmd.argument(a.name, a.description);
  for (const o of spec.options ?? []) cmd.addOption(toOption(o));
  cmd.action((...params: unknown[]) => runAction(rt, spec, params[params.length - 1] as Command));
}

async function runAction(rt: Runtime, spec: CommandSpec, self: Command): Promise<void> {
  const opts = self.opts();
  const args = self.processedArgs.flatMap((a: unknown) =>
    a === undefined ? [] : Array.isArray(a) ? a : [String(a)],
  );
  const globals = self.optsWithGlobals();
  const json = Boolean(globals.json);
  let ctx: CliContext | undefined;
  try {
    const { createContext } = await import('./context.js');
    ctx = createContext(globals, spec.configFromArgs?.(args));
    const handler = await spec.handler();
    const result = await handler(ctx, args, opts);
    ctx.progress.finish();
    writeResult(result, json);
    rt.exitCode = result.exitCode ?? 0;
  } catch (e) {
    ctx?.progress.finish(true);
    rt.exitCode = reportError(e, json, Boolean(globals.verbose));
    // interrupted: whatever error the stopped work turned into, the user's Ctrl-C is the reason
    if (ctx?.signal.aborted) rt.exitCode = INTERRUPTED_EXIT_CODE;
  }
}
