import { PythonExecutionError } from '../errors.js';
import type { BoundedCapture } from './output.js';
import { tailLines } from './output.js';
import type { RunLimits, RunOptions, RunResult } from './types.js';
import { monotonicMs } from '../builtins.js';

// What allocators, runtimes and Python print when memory runs out (numpy's _ArrayMemoryError included).
const OOM_TEXT = /MemoryError\b|Cannot allocate memory|std::bad_alloc|out of memory|Unable to allocate/i;
// How a process without a MemoryError path dies when mmap fails under RLIMIT_AS.
const OOM_SIGNALS = new Set<NodeJS.Signals>(['SIGKILL', 'SIGSEGV', 'SIGABRT', 'SIGBUS']);

/** `python -c "<long code>"` shortened for messages. */
export function formatCommand(argv: string[]): string {
  return argv
    .map((a) => (a.length > 120 ? `${a.slice(0, 117)}...` : a))
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

export function spawnError(argv: string[], cause: unknown, hint: string): PythonExecutionError {
  return new PythonExecutionError(
    `Cannot start ${formatCommand(argv)}: ${(cause as Error).message ?? cause}`,
    {
      requested: formatCommand(argv),
      hint,
    },
  );
}

export interface Capture {
  argv: string[];
  out: BoundedCapture;
  err: BoundedCapture;
  encoding: BufferEncoding;
  limits: RunLimits;
  started: number;
}

/** The RunResult a user sees, from what the process did and what was captured. */
export function resultOf(p: Partial<RunResult>, c: Capture): RunResult {
  const exitCode = p.exitCode ?? null;
  const signal = p.signal ?? null;
  const timedOut = p.timedOut ?? false;
  const aborted = p.aborted ?? false;
  const failed = exitCode !== 0 && !timedOut && !aborted;
  const outOfMemory =
    failed &&
    (OOM_TEXT.test(c.err.tail(c.encoding)) ||
      (c.limits.memory === 'enforced' && signal !== null && OOM_SIGNALS.has(signal)));
  return {
    command: c.argv,
    pid: p.pid,
    exitCode,
    signal,
    stdout: c.out.text(c.encoding),
    stderr: c.err.text(c.encoding),
    durationMs: monotonicMs() - c.started,
    timedOut,
    aborted,
    outOfMemory,
    truncated: c.out.truncated || c.err.truncated,
    stdoutTruncated: c.out.truncated,
    stderrTruncated: c.err.truncated,
    limits: c.limits,
  };
}

/** With `check: true`, a failed, timed-out or aborted run is a PythonExecutionError saying which. */
export function checked(result: RunResult, o: RunOptions, stderrTail: string): RunResult {
  if (!o.check) return result;
  if (result.exitCode === 0 && !result.timedOut && !result.aborted) return result;
  const cmd = formatCommand(result.command);
  const why = result.timedOut
    ? `timed out after ${o.timeoutMs} ms (process tree killed)`
    : result.aborted
      ? 'was aborted (process tree killed)'
      : result.outOfMemory
        ? `ran out of memory${o.maxMemoryMB !== undefined ? ` (limit ${o.maxMemoryMB} MB)` : ''}`
        : result.signal
          ? `was killed by ${result.signal}`
          : `failed with exit code ${result.exitCode}`;
  const tail = tailLines(stderrTail);
  throw new PythonExecutionError(`Command ${why}: ${cmd}${tail ? `\n${tail}` : ''}`, {
    requested: cmd,
    // not `exitCode`: that key is the CLI's exit code in PythonEmbeddedError.toJSON().
    processExitCode: result.exitCode,
    signal: result.signal,
    stderrTail: tail,
    timedOut: result.timedOut,
    aborted: result.aborted,
    outOfMemory: result.outOfMemory,
    hint: result.outOfMemory
      ? 'Raise maxMemoryMB or reduce what the code allocates.'
      : result.timedOut
        ? 'Raise timeoutMs or make the code finish sooner.'
        : 'See the stderr above.',
  });
}
