import { type SessionInfo, type WorkerOptions } from './worker-process.js';
export type { SessionInfo } from './worker-process.js';
export interface SessionOptions extends WorkerOptions {
    /** Default per-call timeout; a call past it is interrupted (KeyboardInterrupt). */
    callTimeoutMs?: number;
    /** How long an interrupted call may take to stop before the worker is killed and restarted (default 2000). */
    interruptGraceMs?: number;
    /** Called when a new worker replaced a dead or stuck one (all session state was lost). */
    onRestart?: (reason: string) => void;
}
export interface CallOptions {
    timeoutMs?: number;
    signal?: AbortSignal;
}
export interface ImportInfo {
    name: string;
    file: string | null;
    version: string | null;
}
/**
 * A persistent Python interpreter: state (one globals dict, imports) lives between calls, values
 * cross as JSON, Python exceptions become PythonExecutionError with type, message and traceback.
 * Calls run one at a time in the order they were made. This is the TypeScript form of
 * PythonEmbedded.Net's "in-process" mode: a separate process, but one that stays warm.
 */
export declare class PythonSession {
    readonly pythonPath: string;
    private readonly o;
    private worker?;
    private starting?;
    private readonly queue;
    private head;
    private current?;
    private nextId;
    private closed;
    private closing?;
    /** A worker that died while idle: reported to the next call, which would otherwise see fresh state silently. */
    private crashed?;
    /** How many times the worker was replaced (state lost each time). */
    restarts: number;
    private constructor();
    /** Starts the interpreter and resolves once it is ready for calls. */
    static start(pythonPath: string, o?: SessionOptions): Promise<PythonSession>;
    /** pid, version and executable of the current worker. */
    get info(): SessionInfo | undefined;
    get pid(): number | undefined;
    get isClosed(): boolean;
    /** Runs statements in the session's globals. */
    exec(code: string, o?: CallOptions): Promise<void>;
    /** Evaluates one expression and returns its value as JSON. */
    eval<T = unknown>(expr: string, o?: CallOptions): Promise<T>;
    /**
     * Calls `module.func` (imported on demand: 'json.dumps', 'os.path.join'), a session global
     * ('myfunc', 'obj.method') or a builtin ('len').
     */
    call<T = unknown>(target: string, args?: unknown[], kwargs?: Record<string, unknown>, o?: CallOptions): Promise<T>;
    /** `import module` (or `import module as alias`) into the session's globals. */
    import(module: string, o?: CallOptions & {
        as?: string;
    }): Promise<ImportInfo>;
    /** Binds a JSON value to a global name. */
    set(name: string, value: unknown, o?: CallOptions): Promise<void>;
    /** Reads a global by name. */
    get<T = unknown>(name: string, o?: CallOptions): Promise<T>;
    /** A protocol round trip without user code (health check, benchmark baseline). */
    ping(o?: CallOptions): Promise<void>;
    /** Ends the worker (and anything it started); pending calls are rejected. Idempotent. */
    close(): Promise<void>;
    private request;
    private abortJob;
    /** Sends the next queued call when the worker is idle; starts a worker when there is none. */
    private pump;
    private spawnWorker;
    private settle;
    private onResponse;
    private complete;
    /** Timeout/abort: SIGINT (repeated), then after the grace period kill and replace the worker. */
    private interrupt;
    private replaceStuckWorker;
    private noteRestart;
    private onWorkerExit;
    private shutdown;
}
