export interface CapturedRun {
    exitCode: number;
    stdout: string;
    stderr: string;
    durationMs: number;
    /** Set when the process was ended by us (abort signal or timeout) rather than exiting on its own. */
    killed?: 'aborted' | 'timeout';
}
export interface SpawnCaptureOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    signal?: AbortSignal;
    timeoutMs?: number;
    input?: string;
    /** Called with each complete stdout / stderr line as it arrives (output is still captured). */
    onStdout?: (line: string) => void;
    onStderr?: (line: string) => void;
    /** Called synchronously once the process exists, with its pid and whether it leads its own group. */
    onSpawn?: (pid: number, group: boolean) => void;
}
/**
 * Runs one executable directly (never through a shell, so no argument is ever re-parsed) and captures
 * its output. A non-zero exit is a result, not an exception: callers map it to their own typed error.
 * Only failing to start at all (ENOENT, EACCES) rejects.
 */
export declare function spawnCapture(command: string, args: string[], o?: SpawnCaptureOptions): Promise<CapturedRun>;
