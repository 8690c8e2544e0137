/** A row of the process table; `startedMs` (epoch ms) where the OS tells it (Windows). */
export interface ProcessEntry {
    pid: number;
    ppid: number;
    startedMs?: number;
}
/** What killTree needs from the OS: injectable so the Windows rules run in tests on any machine. */
export interface ProcessControl {
    platform: NodeJS.Platform;
    list(): ProcessEntry[];
    signal(pid: number, signal: NodeJS.Signals): void;
    /** `taskkill /T /F`: the process and every live descendant Windows links to it. */
    taskkillTree(pid: number): void;
}
export declare const nativeProcessControl: ProcessControl;
/** All descendants of `pid` (children, grandchildren...) alive right now. */
export declare function descendants(pid: number, table?: ProcessEntry[]): number[];
/**
 * Kills a process and everything it started. `group`: the process leads its own process group
 * (spawned detached), so one kill(-pid) reaches every member, including ones that are mid-fork;
 * descendants that left the group (setsid) are found by walking the process table first.
 */
export declare function killTree(pid: number, o?: {
    group: boolean;
    signal?: NodeJS.Signals;
    leaderExited?: boolean;
}, os?: ProcessControl): void;
export declare function trackChild(pid: number, group: boolean, startedMs?: number): void;
export declare function untrackChild(pid: number, endedMs?: number): void;
