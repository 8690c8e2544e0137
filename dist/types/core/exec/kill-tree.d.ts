/** All descendants of `pid` (children, grandchildren...) alive right now. */
export declare function descendants(pid: number): number[];
/**
 * Kills a process and everything it started. `group`: the process leads its own process group
 * (spawned detached), so one kill(-pid) reaches every member, including ones that are mid-fork;
 * descendants that left the group (setsid) are found by walking the process table first.
 */
export declare function killTree(pid: number, o?: {
    group: boolean;
    signal?: NodeJS.Signals;
    leaderExited?: boolean;
}): void;
export declare function trackChild(pid: number, group: boolean): void;
export declare function untrackChild(pid: number): void;
