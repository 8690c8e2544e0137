export interface LockWorker {
    pid: number;
    /** Linux: the process's start time (clock ticks since boot), so a reused pid is never mistaken for it. */
    start?: string;
    /** The pid leads its own process group (its children go with it). */
    group?: boolean;
}
export declare function pidAlive(pid: number): boolean;
export declare function describeWorker(pid: number, group: boolean): LockWorker;
/**
 * Ends the workers of a dead holder and waits until they are gone (bounded). Where the start time cannot be
 * checked (macOS, Windows) a live pid may be another program by now, so it is only waited for, never killed.
 */
export declare function stopWorkers(workers: LockWorker[] | undefined, waitMs?: number): Promise<void>;
