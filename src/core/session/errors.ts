/** The session's failures as PythonExecutionError, each with its `kind` and a hint. */
import { PythonExecutionError } from '../errors.js';
import type { RpcResponse } from './worker-process.js';

/** A queued call, as far as its error message needs it. */
export interface JobLabel {
  label: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  interrupted?: 'timeout' | 'abort' | 'close';
}

/** A call's text shortened to one line for labels (`exec(import numpy...)`). */
export function short(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}

export function sessionError(
  message: string,
  details: Record<string, unknown>,
  hint?: string,
): PythonExecutionError {
  return new PythonExecutionError(message, { requested: undefined, ...details, hint });
}

export function closedError(label: string): PythonExecutionError {
  return sessionError(
    `${label}: the Python session is closed.`,
    { kind: 'closed' },
    'Start a new PythonSession.',
  );
}

export function abortError(label: string, signal: AbortSignal): PythonExecutionError {
  return new PythonExecutionError(
    `${label} was aborted.`,
    { kind: 'aborted', aborted: true, hint: 'The AbortSignal passed to the call fired.' },
    { cause: signal.reason },
  );
}

export function callError(job: JobLabel, err: NonNullable<RpcResponse['error']>): PythonExecutionError {
  const type = err.data?.type ?? 'Error';
  const traceback = err.data?.traceback ?? '';
  const kind = err.data?.kind ?? 'exception';
  if (job.interrupted === 'close' && type === 'KeyboardInterrupt') return closedError(job.label);
  if (job.interrupted && type === 'KeyboardInterrupt') {
    const why = job.interrupted === 'timeout' ? `timed out after ${job.timeoutMs} ms` : 'was aborted';
    return new PythonExecutionError(
      `${job.label} ${why} and was interrupted (KeyboardInterrupt); the session and its state are kept.`,
      {
        type,
        message: err.message,
        traceback,
        kind: job.interrupted === 'timeout' ? 'timeout' : 'aborted',
        timedOut: job.interrupted === 'timeout',
        aborted: job.interrupted === 'abort',
        stateLost: false,
        hint: 'Anything the call changed before the interrupt stays changed.',
      },
      job.interrupted === 'abort' ? { cause: job.signal?.reason } : undefined,
    );
  }
  const message = kind === 'serialization' ? err.message : `${type}: ${err.message}`;
  return new PythonExecutionError(`${job.label} failed: ${message}`, {
    requested: job.label,
    type,
    message: err.message,
    traceback,
    kind,
    hint:
      kind === 'serialization' ? 'Only JSON values cross the session boundary.' : 'See the Python traceback.',
  });
}
