import type { RunOptions, RunResult } from './types.js';
export { formatCommand } from './result.js';
export declare const DEFAULT_MAX_OUTPUT_BYTES: number;
/** Runs any command. Never throws for a failing command unless `check: true`. */
export declare function runProcess(command: string, args?: string[], o?: RunOptions): Promise<RunResult>;
/**
 * Runs an interpreter with arguments. Output is unbuffered UTF-8 unless the caller's env says
 * otherwise, so line handlers see each line when Python prints it, not when its buffer fills.
 */
export declare function runPython(pythonPath: string, args?: string[], o?: RunOptions): Promise<RunResult>;
export type ScriptSource = string | {
    path: string;
} | {
    code: string;
};
/**
 * Runs a script file or a code string. A plain string is a path when such a file exists and the
 * string has no newline, otherwise code; pass `{ path }` or `{ code }` to say which.
 * Code runs as `python -c`, so `sys.argv[1:]` is `args` either way.
 */
export declare function runScript(pythonPath: string, script: ScriptSource, args?: string[], o?: RunOptions): Promise<RunResult>;
