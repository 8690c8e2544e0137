// Runs one parsed command, whichever parser found it (the fast one in parse.ts or commander in register.ts).
import type { CliContext } from './context.js';
import { INTERRUPTED_EXIT_CODE, reportError, writeResult } from './output.js';
import type { Invocation } from './parse.js';

/** Builds the context from the global flags, runs the lazily loaded handler, prints; returns the exit code. */
export async function runInvocation({ spec, args, opts, globals }: Invocation): Promise<number> {
  const json = Boolean(globals.json);
  let ctx: CliContext | undefined;
  try {
    const { createContext } = await import('./context.js');
    ctx = createContext(globals, spec.configFromArgs?.(args));
    const handler = await spec.handler();
    const result = await handler(ctx, args, opts);
    ctx.progress.finish();
    writeResult(result, json);
    return result.exitCode ?? 0;
  } catch (e) {
    ctx?.progress.finish(true);
    const code = reportError(e, json, Boolean(globals.verbose));
    // interrupted: whatever error the stopped work turned into, the user's Ctrl-C is the reason
    return ctx?.signal.aborted ? INTERRUPTED_EXIT_CODE : code;
  }
}
