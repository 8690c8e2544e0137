import { PythonExecutionError } from '../errors.js';
import type { BoundedCapture } from './output.js';
import type { RunLimits, RunOptions, RunResult } from './types.js';
/** `python -c "<long code>"` shortened for messages. */
export declare function formatCommand(argv: string[]): string;
export declare function spawnError(argv: string[], cause: unknown, hint: string): PythonExecutionError;
export interface Capture {
    argv: string[];
    out: BoundedCapture;
    err: BoundedCapture;
    encoding: BufferEncoding;
    limits: RunLimits;
    started: number;
}
/** The RunResult a user sees, from what the process did and what was captured. */
export declare function resultOf(p: Partial<RunResult>, c: Capture): RunResult;
/** With `check: true`, a failed, timed-out or aborted run is a PythonExecutionError saying which. */
export declare function checked(result: RunResult, o: RunOptions, stderrTail: string): RunResult;
