import type { MemoryLimitMethod, Priority, RunLimits } from './types.js';
/** Finds an executable on a PATH string (no shell involved). */
export declare function findOnPath(name: string, envPath?: string): string | undefined;
/** RLIMIT_AS is enforced by Linux and the BSDs; macOS accepts the call but never enforces it; Windows has none. */
export declare function memoryLimitSupported(): boolean;
export interface Wrapped {
    command: string;
    args: string[];
    method?: Exclude<MemoryLimitMethod, 'auto'>;
}
/**
 * Rewrites `command args` so the child starts with RLIMIT_AS = maxMemoryMB. Each wrapper exec()s the
 * real command, so the pid (and process group) stays the child's and the limit is inherited by
 * everything it starts. `python`: an interpreter for the preamble method (runPython passes its own).
 */
export declare function wrapWithMemoryLimit(command: string, args: string[], maxMemoryMB: number, method?: MemoryLimitMethod, python?: string): Wrapped;
export declare function niceValue(p: Priority): number;
/**
 * Sets the child's niceness right after spawn (children it forks later inherit it). os.setPriority
 * maps nice values to priority classes on Windows, so this is the portable way.
 */
export declare function applyPriority(pid: number, nice: number): RunLimits['priority'];
