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
export declare function short(text: string, max?: number): string;
export declare function sessionError(message: string, details: Record<string, unknown>, hint?: string): PythonExecutionError;
export declare function closedError(label: string): PythonExecutionError;
export declare function abortError(label: string, signal: AbortSignal): PythonExecutionError;
export declare function callError(job: JobLabel, err: NonNullable<RpcResponse['error']>): PythonExecutionError;
