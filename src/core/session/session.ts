import { PythonExecutionError } from '../errors.js';
import { abortError, callError, closedError, sessionError, short, type JobLabel } from './errors.js';
import { WorkerProcess, type RpcResponse, type SessionInfo, type WorkerOptions } from './worker-process.js';

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

interface Job extends JobLabel {
  id: number;
  line: string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  cancelled?: boolean;
  timer?: NodeJS.Timeout;
  repeat?: NodeJS.Timeout;
  grace?: NodeJS.Timeout;
  onAbort?: () => void;
}

/**
 * A persistent Python interpreter: state (one globals dict, imports) lives between calls, values
 * cross as JSON, Python exceptions become PythonExecutionError with type, message and traceback.
 * Calls run one at a time in the order they were made. This is the TypeScript form of
 * PythonEmbedded.Net's "in-process" mode: a separate process, but one that stays warm.
 */
export class PythonSession {
  private worker?: WorkerProcess;
  private starting?: Promise<void>;
  private readonly queue: Job[] = [];
  private head = 0;
  private current?: Job;
  private nextId = 1;
  private closed = false;
  private closing?: Promise<void>;
  /** A worker that died while idle: reported to the next call, which would otherwise see fresh state silently. */
  private crashed?: PythonExecutionError;
  /** How many times the worker was replaced (state lost each time). */
  restarts = 0;

  private constructor(
    readonly pythonPath: string,
    private readonly o: SessionOptions,
  ) {}

  /** Starts the interpreter and resolves once it is ready for calls. */
  static async start(pythonPath: string, o: SessionOptions = {}): Promise<PythonSession> {
    const s = new PythonSession(pythonPath, o);
    await s.spawnWorker();
    return s;
  }

  /** pid, version and executable of the current worker. */
  get info(): SessionInfo | undefined {
    return this.worker?.info;
  }

  get pid(): number | undefined {
    return this.worker?.info?.pid;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Runs statements in the session's globals. */
  async exec(code: string, o?: CallOptions): Promise<void> {
    await this.request('exec', { code }, `exec(${short(code)})`, o);
  }

  /** Evaluates one expression and returns its value as JSON. */
  eval<T = unknown>(expr: string, o?: CallOptions): Promise<T> {
    return this.request('eval', { code: expr }, `eval(${short(expr)})`, o) as Promise<T>;
  }

  /**
   * Calls `module.func` (imported on demand: 'json.dumps', 'os.path.join'), a session global
   * ('myfunc', 'obj.method') or a builtin ('len').
   */
  call<T = unknown>(
    target: string,
    args: unknown[] = [],
    kwargs: Record<string, unknown> = {},
    o?: CallOptions,
  ): Promise<T> {
    return this.request('call', { target, args, kwargs }, `call(${target})`, o) as Promise<T>;
  }

  /** `import module` (or `import module as alias`) into the session's globals. */
  import(module: string, o?: CallOptions & { as?: string }): Promise<ImportInfo> {
    return this.request('import', { module, as: o?.as }, `import(${module})`, o) as Promise<ImportInfo>;
  }

  /** Binds a JSON value to a global name. */
  async set(name: string, value: unknown, o?: CallOptions): Promise<void> {
    await this.request('set', { name, value }, `set(${name})`, o);
  }

  /** Reads a global by name. */
  get<T = unknown>(name: string, o?: CallOptions): Promise<T> {
    return this.request('get', { name }, `get(${name})`, o) as Promise<T>;
  }

  /** A protocol round trip without user code (health check, benchmark baseline). */
  async ping(o?: CallOptions): Promise<void> {
    await this.request('ping', {}, 'ping()', o);
  }

  /** Ends the worker (and anything it started); pending calls are rejected. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private request(
    method: string,
    params: Record<string, unknown>,
    label: string,
    o?: CallOptions,
  ): Promise<unknown> {
    if (this.closed) return Promise.reject(closedError(label));
    const id = this.nextId++;
    let line: string;
    try {
      line = `{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${JSON.stringify(params)}}\n`;
    } catch (e) {
      return Promise.reject(
        sessionError(`${label}: the arguments cannot be sent as JSON: ${(e as Error).message}`, {
          kind: 'serialization',
        }),
      );
    }
    const signal = o?.signal;
    if (signal?.aborted) return Promise.reject(abortError(label, signal));
    return new Promise((resolve, reject) => {
      const job: Job = {
        id,
        line,
        label,
        timeoutMs: o?.timeoutMs ?? this.o.callTimeoutMs,
        signal,
        resolve,
        reject,
      };
      if (signal) {
        job.onAbort = () => this.abortJob(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      if (!this.current) this.pump();
    });
  }

  private abortJob(job: Job): void {
    if (this.current === job) return this.interrupt(job, 'abort');
    if (job.cancelled) return;
    job.cancelled = true; // skipped by pump()
    this.settle(job);
    job.reject(abortError(job.label, job.signal as AbortSignal));
  }

  /** Sends the next queued call when the worker is idle; starts a worker when there is none. */
  private pump(): void {
    while (!this.current && this.head < this.queue.length) {
      const w = this.worker;
      if (!w) {
        if (!this.starting && !this.closed) void this.spawnWorker().catch(() => {});
        return;
      }
      // Exited but not yet reported: onWorkerExit() reports the crash and starts the next worker.
      if (w.exited) return;
      const job = this.queue[this.head++];
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      if (job.cancelled) continue;
      if (this.crashed) {
        const e = this.crashed;
        this.crashed = undefined;
        this.settle(job);
        job.reject(e);
        continue;
      }
      this.current = job;
      w.handlerError = undefined;
      w.setRef(true);
      w.send(job.line);
      if (job.timeoutMs !== undefined && job.timeoutMs >= 0) {
        job.timer = setTimeout(() => this.interrupt(job, 'timeout'), job.timeoutMs);
      }
      return;
    }
    if (!this.current) this.worker?.setRef(false);
  }

  private async spawnWorker(): Promise<void> {
    const start = async () => {
      const w = new WorkerProcess(
        this.pythonPath,
        this.o,
        (msg, from) => this.onResponse(msg, from),
        (from) => this.onWorkerExit(from),
      );
      w.setRef(true);
      try {
        await w.ready;
      } catch (e) {
        w.kill();
        throw e;
      }
      this.worker = w;
    };
    this.starting = start();
    try {
      await this.starting;
    } catch (e) {
      // Nothing can run without a worker: fail everything that waits for one.
      for (const job of this.queue.splice(this.head)) {
        if (job.cancelled) continue;
        this.settle(job);
        job.reject(e);
      }
      this.head = 0;
      this.queue.length = 0;
      throw e;
    } finally {
      this.starting = undefined;
    }
    if (this.closed) {
      this.worker?.kill();
      return;
    }
    this.pump();
  }

  private settle(job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    if (job.repeat) clearInterval(job.repeat);
    if (job.grace) clearTimeout(job.grace);
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
  }

  private onResponse(msg: RpcResponse, from: WorkerProcess): void {
    const job = this.current;
    if (!job || from !== this.worker || msg.id !== job.id) return; // stale: from a worker we gave up on
    this.settle(job); // answered: no timeout can fire any more
    // The call stays current (the next is not sent) until its printed lines reached the handlers.
    from.afterOutput(msg.io, () => this.complete(job, msg, from));
  }

  private complete(job: Job, msg: RpcResponse, from: WorkerProcess): void {
    if (this.current !== job) return;
    this.current = undefined;
    const handlerError = from.handlerError;
    if (handlerError !== undefined) job.reject(handlerError);
    else if (msg.error) job.reject(callError(job, msg.error));
    else job.resolve(msg.result);
    this.pump();
  }

  /** Timeout/abort: SIGINT (repeated), then after the grace period kill and replace the worker. */
  private interrupt(job: Job, reason: 'timeout' | 'abort'): void {
    const w = this.worker;
    if (this.current !== job || job.interrupted || !w) return;
    job.interrupted = reason;
    const graceMs = this.o.interruptGraceMs ?? 2000;
    if (w.interrupt()) {
      // A SIGINT that landed just before user code started is ignored by the worker: send more.
      job.repeat = setInterval(() => w.interrupt(), 200);
      job.grace = setTimeout(() => this.replaceStuckWorker(job, w), graceMs);
    } else {
      this.replaceStuckWorker(job, w);
    }
  }

  private replaceStuckWorker(job: Job, w: WorkerProcess): void {
    if (this.current !== job || this.worker !== w) return;
    this.worker = undefined;
    this.current = undefined;
    this.settle(job);
    w.kill();
    const why = job.interrupted === 'timeout' ? `timed out after ${job.timeoutMs} ms` : 'was aborted';
    const graceMs = this.o.interruptGraceMs ?? 2000;
    job.reject(
      new PythonExecutionError(
        `${job.label} ${why} and did not stop within ${graceMs} ms of an interrupt; the worker was killed and ` +
          'restarted: all session state (variables, imports) was lost.',
        {
          requested: job.label,
          kind: job.interrupted === 'timeout' ? 'timeout' : 'aborted',
          timedOut: job.interrupted === 'timeout',
          aborted: job.interrupted === 'abort',
          stateLost: true,
          hint: 'Re-run the setup code of the session; code that ignores KeyboardInterrupt cannot be interrupted.',
        },
      ),
    );
    this.noteRestart(`${job.label} ${why} and ignored the interrupt`);
  }

  private noteRestart(reason: string): void {
    if (this.closed) return;
    this.restarts++;
    try {
      this.o.onRestart?.(reason);
    } catch {
      // a faulty callback must not break the session
    }
    // A fresh worker right away: the next call should not pay for the start-up.
    if (!this.starting) void this.spawnWorker().catch(() => {});
  }

  private onWorkerExit(w: WorkerProcess): void {
    if (this.worker !== w) return; // one we replaced or closed on purpose
    this.worker = undefined;
    w.kill(); // orphans the dead worker's code left in its process group
    if (this.closed) return;
    const tail = w.stderrText();
    const err = new PythonExecutionError(
      `The Python session worker exited (${w.exitDescription()}); all session state was lost and a new worker ` +
        `is started.${tail ? `\n${tail}` : ''}`,
      {
        requested: this.current?.label,
        kind: 'crash',
        processExitCode: w.exitCode,
        signal: w.exitSignal,
        stderrTail: tail,
        stateLost: true,
        outOfMemory: /MemoryError|Cannot allocate memory/.test(tail),
        hint: 'Something ended the interpreter (os._exit, a crash in native code, an external kill).',
      },
    );
    const job = this.current;
    if (job) {
      this.current = undefined;
      this.settle(job);
      job.reject(err);
    } else {
      this.crashed = err;
    }
    this.noteRestart(err.message.split('\n')[0]);
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(this.head)) {
      if (job.cancelled) continue;
      this.settle(job);
      job.reject(closedError(job.label));
    }
    this.queue.length = 0;
    this.head = 0;
    if (this.starting) await this.starting.catch(() => {});
    const w = this.worker;
    const job = this.current;
    if (w) {
      w.setRef(true);
      if (job) {
        job.interrupted = 'close';
        w.interrupt();
        // The call may not have reached user code yet (the worker ignores SIGINT then): repeat.
        job.repeat ??= setInterval(() => w.interrupt(), 200);
      }
      w.endInput();
      const graceMs = this.o.interruptGraceMs ?? 2000;
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([
        w.exitPromise.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), graceMs))),
      ]);
      clearTimeout(timer);
      // Also ends processes the user's code left running in the session's process group.
      w.kill();
      if (!stopped) await w.exitPromise;
      let closeTimer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        w.closed.then(() => true),
        new Promise<boolean>((r) => (closeTimer = setTimeout(() => r(false), 1000))),
      ]);
      clearTimeout(closeTimer);
      if (!closed) w.destroyStreams();
    }
    if (job && this.current === job) {
      this.current = undefined;
      this.settle(job);
      job.reject(closedError(job.label));
    }
  }
}
