import { PythonExecutionError } from '../../core/errors.js';
import { runPython, runScript } from '../../core/exec/run.js';
import type { RunOptions, RunResult } from '../../core/exec/types.js';
import type { CliContext } from '../context.js';
import type { CommandResult } from '../output.js';
import { selectTarget } from './select.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function num(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    throw new PythonExecutionError(`--${name} must be a positive number, got ${JSON.stringify(v)}.`, {
      requested: String(v),
    });
  }
  return n;
}

function runJson(r: RunResult, where: string) {
  return {
    target: where,
    command: r.command,
    exitCode: r.exitCode,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    durationMs: r.durationMs,
    timedOut: r.timedOut,
    outOfMemory: r.outOfMemory,
    limits: r.limits,
  };
}

/** A run that did not end by itself (timeout, memory limit, signal) is a PythonExecutionError. */
function assertEnded(r: RunResult): void {
  if (!r.timedOut && !r.outOfMemory && r.signal === null) return;
  const why = r.timedOut ? 'timed out' : r.outOfMemory ? 'ran out of memory' : `was killed by ${r.signal}`;
  throw new PythonExecutionError(`${r.command.join(' ')} ${why}.`, {
    requested: r.command.join(' '),
    timedOut: r.timedOut,
    outOfMemory: r.outOfMemory,
    signal: r.signal,
    stderr: r.stderr.slice(-2000),
  });
}

async function baseOptions(ctx: CliContext, opts: Record<string, unknown>) {
  const t = await selectTarget(ctx, opts.venv as string | undefined, {
    needUv: false,
    base: Boolean(opts.base),
  });
  const timeoutSeconds = num(opts.timeoutSeconds, 'timeout-seconds');
  const o: RunOptions = {
    cwd: (opts.cwd as string | undefined) ?? ctx.cwd,
    env: t.env,
    timeoutMs: timeoutSeconds ? timeoutSeconds * 1000 : undefined,
    maxMemoryMB: num(opts.maxMemoryMb, 'max-memory-mb'),
    signal: ctx.signal,
  };
  return { t, o };
}

/**
 * `pyembed run [--venv NAME] -- <args>`: python with these arguments. On a terminal the child shares
 * stdio and its exit code is ours; with --json its output is captured into the document.
 */
export async function runCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { t, o } = await baseOptions(ctx, opts);
  if (ctx.json) {
    const r = await runPython(t.pythonPath, args, o);
    assertEnded(r);
    return { data: runJson(r, t.description), exitCode: r.exitCode ?? 1 };
  }
  const r = await runPython(t.pythonPath, args, { ...o, inheritStdio: true });
  assertEnded(r);
  return { data: undefined, human: '', exitCode: r.exitCode ?? 1 };
}

/** `pyembed exec "<code>"`: runs code; a Python exception is a PythonExecutionError (exit 30) with its traceback. */
export async function execCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { t, o } = await baseOptions(ctx, opts);
  const stream = !ctx.json;
  // `-`: the code comes from stdin (heredocs, pipes)
  const code = args[0] === '-' ? await readStdin() : args[0];
  const r = await runScript(t.pythonPath, { code }, [], {
    ...o,
    onStdout: stream ? (l) => process.stdout.write(`${l}\n`) : undefined,
    onStderr: stream ? (l) => process.stderr.write(`${l}\n`) : undefined,
  });
  assertEnded(r);
  if (r.exitCode !== 0) {
    const lines = r.stderr.trim().split(/\r?\n/);
    throw new PythonExecutionError(`Python exited with ${r.exitCode}: ${lines[lines.length - 1] ?? ''}`, {
      requested: code,
      // not `exitCode`: that key of toJSON() is the CLI's exit code (30)
      pythonExitCode: r.exitCode,
      stderr: r.stderr.slice(-4000),
      stdout: r.stdout.slice(-4000),
    });
  }
  return { data: runJson(r, t.description), human: '' };
}
