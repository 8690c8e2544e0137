import { type LockWorker } from './lock-workers.js';
export interface LockOptions {
    /** A lock whose heartbeat is older than this is stale (default 60 s; heartbeat every staleMs/4). */
    staleMs?: number;
    /** Give up waiting after this long (default 15 min). */
    timeoutMs?: number;
    signal?: AbortSignal;
    /** Called once when the lock is busy and we start waiting (for "waiting for another install" lines). */
    onWait?: (holder: LockInfo | undefined) => void;
}
export interface LockInfo {
    pid: number;
    host: string;
    createdAt: string;
    token?: string;
    /** Processes the holder started for the locked work (see lock-workers.ts). */
    workers?: LockWorker[];
}
/** What the holder can do with its lock while holding it. */
export interface HeldLock {
    /**
     * Records a process started for the locked work, so that if this holder dies the next one ends it before
     * taking over. Synchronous on purpose: called right after spawn, before anything can kill the holder.
     */
    track(pid: number, group: boolean): void;
}
export declare function withLock<T>(lockPath: string, fn: (held: HeldLock) => Promise<T>, o?: LockOptions): Promise<T>;
/** Reads a lock file; undefined when absent or not (yet) valid JSON. */
export declare function readLock(lockPath: string): Promise<LockInfo | undefined>;
/**
 * Removes a lock its holder left behind (dead pid, or heartbeat older than `staleMs`). For callers that found
 * the work already done without taking the lock: a holder killed after finishing must not leave it forever.
 */
export declare function clearStaleLock(lockPath: string, staleMs?: number): Promise<void>;
