import type { Readable } from 'node:stream';
/**
 * What to feed the child's stdin. A string/Buffer is written then closed; a Readable is piped; an
 * (async) iterable is written chunk by chunk; a function is the .NET `stdinHandler` idiom: called
 * repeatedly, each returned string is written as one line, `null`/`undefined` closes stdin.
 * `'inherit'` shares this process's stdin; absent = empty stdin (EOF at once).
 */
export type StdinSource = string | Buffer | Uint8Array | Readable | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | (() => string | null | undefined | Promise<string | null | undefined>) | 'inherit';
/** A nice value (-20 highest .. 19 lowest) or a named class like .NET's ProcessPriorityClass. */
export type Priority = number | 'idle' | 'below-normal' | 'normal' | 'above-normal' | 'high' | 'highest';
/** How `maxMemoryMB` is applied; 'auto' picks prlimit, then `sh` ulimit, then a Python preamble. */
export type MemoryLimitMethod = 'auto' | 'prlimit' | 'ulimit' | 'python';
export interface RunOptions {
    cwd?: string;
    /** Extra variables, merged over process.env (a value of `undefined` removes the variable). */
    env?: Record<string, string | undefined>;
    /** 'merge' (default) = process.env + env; 'replace' = env only. */
    envMode?: 'merge' | 'replace';
    stdin?: StdinSource;
    /** Called for every stdout line (without the newline) while the process runs. */
    onStdout?: (line: string) => void;
    /** Called for every stderr line (without the newline) while the process runs. */
    onStderr?: (line: string) => void;
    /** Kill the whole process tree after this many milliseconds; result.timedOut = true. */
    timeoutMs?: number;
    /** Aborting kills the whole process tree; result.aborted = true. */
    signal?: AbortSignal;
    /** Address-space limit (RLIMIT_AS) for the child and everything it starts. */
    maxMemoryMB?: number;
    memoryLimitMethod?: MemoryLimitMethod;
    priority?: Priority;
    /** Throw PythonExecutionError on a non-zero exit, a signal, a timeout or an abort. */
    check?: boolean;
    /** Cap of captured bytes per stream (default 10 MiB); handlers still see every line. */
    maxOutputBytes?: number;
    /** Text encoding of stdout/stderr (default utf8). */
    encoding?: BufferEncoding;
    /**
     * Share this terminal's stdout/stderr (and stdin unless given) instead of capturing: for CLIs.
     * The child then stays in the caller's process group so Ctrl-C reaches it; the tree is still
     * killed on timeout/abort by walking its descendants. Handlers and capture are off.
     */
    inheritStdio?: boolean;
}
export interface RunLimits {
    /** 'enforced' = the kernel applies RLIMIT_AS to the child; 'unsupported' = not possible here. */
    memory: 'enforced' | 'unsupported' | 'not-requested';
    /** How the memory limit was applied, when it was. */
    memoryMethod?: Exclude<MemoryLimitMethod, 'auto'>;
    /** 'applied' = niceness set; 'denied' = the OS refused (e.g. raising priority without privilege). */
    priority: 'applied' | 'denied' | 'unsupported' | 'not-requested';
}
export interface RunResult {
    /** The command as asked (without any limit wrapper). */
    command: string[];
    pid?: number;
    /** null when the process was ended by a signal. */
    exitCode: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    durationMs: number;
    timedOut: boolean;
    aborted: boolean;
    /** The child ran out of memory (MemoryError/ENOMEM in stderr, or killed by a signal under maxMemoryMB). */
    outOfMemory: boolean;
    /** Either stream's capture hit maxOutputBytes. */
    truncated: boolean;
    stdoutTruncated: boolean;
    stderrTruncated: boolean;
    limits: RunLimits;
}
