import type { MemoryLimitMethod, Priority, RunLimits, RunOptions } from './types.js';
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
 * Starts `command args` already at niceness `nice` on POSIX (coreutils/busybox `nice` exec()s it, same
 * pid), so the first instruction runs at that priority: setting it after spawn races the child.
 * Only when lowering priority (a raise needs privileges and is tried after spawn instead). `nice -n` is
 * relative to the niceness it finds, so a niced child must not also get the after-spawn setPriority.
 */
export declare function wrapWithNice(command: string, args: string[], nice: number): {
    command: string;
    args: string[];
    niced?: true;
};
/**
 * Sets the child's niceness right after spawn (children it forks later inherit it). os.setPriority
 * maps nice values to priority classes on Windows, so this is the portable way.
 */
export declare function applyPriority(pid: number, nice: number): RunLimits['priority'];
export interface Launch {
    command: string;
    args: string[];
    limits: RunLimits;
    /** The nice value still to apply after spawn (when no `nice` wrapper applied it). */
    niceAfterSpawn?: number;
}
/**
 * The command as it is really started: wrapped in the memory-limit preamble and/or `nice` when asked. A
 * wrapper would report a missing command as its own exit 127, so the command is checked first, once.
 */
export declare function wrapLimits(command: string, args: string[], o: RunOptions, python: string | undefined, envPath?: string): Launch;
