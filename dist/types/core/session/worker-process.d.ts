import type { ChildProcess } from 'node:child_process';
export interface WorkerOptions {
    cwd?: string;
    env?: Record<string, string | undefined>;
    envMode?: 'merge' | 'replace';
    onStdout?: (line: string) => void;
    onStderr?: (line: string) => void;
    /** Extra interpreter flags placed before `-c`, e.g. ['-X', 'dev']. */
    pythonArgs?: string[];
    maxMemoryMB?: number;
    startTimeoutMs?: number;
}
export interface SessionInfo {
    pid: number;
    version: string;
    implementation: string;
    executable: string;
}
/** A JSON-RPC response as the worker writes it. */
export interface RpcResponse {
    id: number | null;
    /** Bytes the worker had written to stdout and stderr when it answered. */
    io?: [number, number];
    result?: unknown;
    error?: {
        code: number;
        message: string;
        data?: {
            type?: string;
            traceback?: string;
            kind?: string;
        };
    };
}
/** One interpreter process running WORKER_SOURCE; the session above it owns queueing and timeouts. */
export declare class WorkerProcess {
    readonly python: string;
    private readonly onMessage;
    private readonly onExit;
    readonly child: ChildProcess;
    readonly ready: Promise<SessionInfo>;
    info?: SessionInfo;
    exited: boolean;
    exitCode: number | null;
    exitSignal: NodeJS.Signals | null;
    /** Resolves when the interpreter exited (its children may still hold the output pipes). */
    readonly exitPromise: Promise<void>;
    /** Resolves when the output pipes closed too (every holder is gone). */
    readonly closed: Promise<void>;
    /** Handler errors (onStdout/onStderr threw) waiting to be reported on the current call. */
    handlerError: unknown;
    private readonly stderrTail;
    private readonly req;
    private readonly res;
    private readonly intr?;
    private readonly group;
    private buf;
    private outputEnded;
    constructor(python: string, o: WorkerOptions, onMessage: (msg: RpcResponse, w: WorkerProcess) => void, onExit: (w: WorkerProcess) => void);
    /** Bytes of stdout/stderr received (and handed to the line handlers) so far. */
    private readonly received;
    private waiter?;
    /**
     * Runs `fn` once the output the worker wrote before answering has reached the handlers: the
     * response and the output travel on different pipes, and either may be read first.
     */
    afterOutput(io: [number, number] | undefined, fn: () => void): void;
    private checkWaiter;
    /** Also when the output can no longer arrive (pipes closed, worker gone). */
    private runWaiter;
    private readyResolve?;
    private readyReject?;
    private startError;
    private onData;
    private onLine;
    send(line: string): void;
    /** SIGINT (a byte on the interrupt pipe on Windows): KeyboardInterrupt inside the running call only. */
    interrupt(): boolean;
    kill(): void;
    /** Stops reading output a process outside our reach still holds open (it left the group). */
    destroyStreams(): void;
    /** EOF on the request pipe: the worker leaves its loop after the current call. */
    endInput(): void;
    stderrText(): string;
    exitDescription(): string;
    /** An idle worker must not keep Node alive; a pending call must. */
    setRef(on: boolean): void;
}
