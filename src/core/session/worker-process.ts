import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { PythonExecutionError } from '../errors.js';
import { buildChildEnv } from '../exec/env.js';
import { isWindowsHost } from '../host.js';
import { killTree, trackChild, untrackChild } from '../exec/kill-tree.js';
import { wrapWithMemoryLimit } from '../exec/limits.js';
import { BoundedCapture, LineSplitter, tailLines } from '../exec/output.js';
import { WORKER_SOURCE } from './worker.js';
import { childProcessModule } from '../builtins.js';

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
  error?: { code: number; message: string; data?: { type?: string; traceback?: string; kind?: string } };
}

// fds 3 and 4 in the child: requests in, responses out. stdout/stderr stay the user's.
const REQ_FD = 3;
const RES_FD = 4;
// Windows has no SIGINT to send a process: one byte on fd 5 makes the worker interrupt its main thread.
const INTR_FD = 5;

/** One interpreter process running WORKER_SOURCE; the session above it owns queueing and timeouts. */
export class WorkerProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<SessionInfo>;
  info?: SessionInfo;
  exited = false;
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  /** Resolves when the interpreter exited (its children may still hold the output pipes). */
  readonly exitPromise: Promise<void>;
  /** Resolves when the output pipes closed too (every holder is gone). */
  readonly closed: Promise<void>;
  /** Handler errors (onStdout/onStderr threw) waiting to be reported on the current call. */
  handlerError: unknown;
  private readonly stderrTail = new BoundedCapture(0, 8192);
  private readonly req: Writable;
  private readonly res: Readable;
  private readonly intr?: Writable;
  private readonly group = process.platform !== 'win32';
  private buf = '';
  private outputEnded: Promise<unknown>;

  constructor(
    readonly python: string,
    o: WorkerOptions,
    private readonly onMessage: (msg: RpcResponse, w: WorkerProcess) => void,
    private readonly onExit: (w: WorkerProcess) => void,
  ) {
    if (o.cwd !== undefined && !existsSync(o.cwd)) {
      throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
        requested: o.cwd,
        hint: 'Create it first or pass an existing cwd.',
      });
    }
    const interruptPipe = isWindowsHost();
    let command = python;
    let args = [
      ...(o.pythonArgs ?? []),
      '-c',
      WORKER_SOURCE,
      String(REQ_FD),
      String(RES_FD),
      String(process.pid),
      String(interruptPipe ? INTR_FD : -1),
    ];
    if (o.maxMemoryMB !== undefined)
      ({ command, args } = wrapWithMemoryLimit(command, args, o.maxMemoryMB, 'auto', python));
    this.child = childProcessModule().spawn(command, args, {
      cwd: o.cwd,
      env: buildChildEnv(o.env, o.envMode, { PYTHONIOENCODING: 'utf-8' }),
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe', ...(interruptPipe ? ['pipe' as const] : [])],
      // Own process group: closing or restarting the session also ends what the user's code started.
      detached: this.group,
      windowsHide: true,
    });
    this.req = this.child.stdio[REQ_FD] as Writable;
    this.res = this.child.stdio[RES_FD] as Readable;
    this.req.on('error', () => {}); // EPIPE after a crash: the exit handler reports it
    if (interruptPipe) {
      this.intr = (this.child.stdio as unknown as Writable[])[INTR_FD];
      this.intr.on('error', () => {});
    }
    this.exitPromise = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.closed = new Promise((resolve) => this.child.once('close', () => resolve()));
    const wire = (
      index: 0 | 1,
      stream: Readable | null,
      handler: ((line: string) => void) | undefined,
      tail?: BoundedCapture,
    ) => {
      if (!stream) return Promise.resolve();
      const splitter = handler
        ? new LineSplitter((line) => {
            try {
              handler(line);
            } catch (e) {
              this.handlerError ??= e;
            }
          })
        : undefined;
      stream.on('data', (chunk: Buffer) => {
        tail?.push(chunk);
        splitter?.push(chunk);
        this.received[index] += chunk.length;
        if (this.waiter) this.checkWaiter();
      });
      return new Promise((resolve) =>
        stream.once('close', () => {
          splitter?.end();
          resolve(undefined);
        }),
      );
    };
    this.outputEnded = Promise.all([
      wire(0, this.child.stdout, o.onStdout),
      wire(1, this.child.stderr, o.onStderr, this.stderrTail),
    ]).then(() => this.runWaiter());
    this.res.setEncoding('utf8');
    this.res.on('data', (chunk: string) => this.onData(chunk));

    this.ready = new Promise<SessionInfo>((resolve, reject) => {
      const timeoutMs = o.startTimeoutMs ?? 30_000;
      const timer = setTimeout(() => {
        this.kill();
        reject(this.startError(`did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      this.readyResolve = (info) => {
        clearTimeout(timer);
        this.info = info;
        resolve(info);
      };
      this.readyReject = (e) => {
        clearTimeout(timer);
        reject(e);
      };
    });
    this.ready.catch(() => {}); // observed by start(); a restart failure is reported on the call
    this.child.once('error', (e) => this.readyReject?.(this.startError(e.message)));
    this.child.once('exit', (code, signal) => {
      this.exited = true;
      this.exitCode = code;
      this.exitSignal = signal;
      if (this.child.pid !== undefined) untrackChild(this.child.pid);
      // Report once stderr is drained, so the crash message carries Python's last words; a child the
      // user's code started may hold the pipes open, so do not wait for it for long.
      void Promise.race([this.outputEnded, new Promise((r) => setTimeout(r, 250).unref())]).then(() => {
        this.runWaiter();
        if (!this.info)
          this.readyReject?.(this.startError(`exited (${this.exitDescription()}) before it was ready`));
        this.onExit(this);
      });
    });
    if (this.child.pid !== undefined) trackChild(this.child.pid, this.group);
  }

  /** Bytes of stdout/stderr received (and handed to the line handlers) so far. */
  private readonly received: [number, number] = [0, 0];
  private waiter?: { io: [number, number]; fn: () => void; timer: NodeJS.Timeout };

  /**
   * Runs `fn` once the output the worker wrote before answering has reached the handlers: the
   * response and the output travel on different pipes, and either may be read first.
   */
  afterOutput(io: [number, number] | undefined, fn: () => void): void {
    if (!io || (this.received[0] >= io[0] && this.received[1] >= io[1])) return fn();
    // Safety net: bytes counted but never arriving (user code dup2()ed over fd 1) must not hang the call.
    const timer = setTimeout(() => this.runWaiter(), 2000);
    this.waiter = { io, fn, timer };
  }

  private checkWaiter(): void {
    const w = this.waiter;
    if (w && this.received[0] >= w.io[0] && this.received[1] >= w.io[1]) this.runWaiter();
  }

  /** Also when the output can no longer arrive (pipes closed, worker gone). */
  private runWaiter(): void {
    const w = this.waiter;
    this.waiter = undefined;
    if (w) clearTimeout(w.timer);
    w?.fn();
  }

  private readyResolve?: (info: SessionInfo) => void;
  private readyReject?: (e: unknown) => void;

  private startError(why: string): PythonExecutionError {
    const tail = this.stderrText();
    return new PythonExecutionError(
      `Python session worker ${this.python} ${why}${tail ? `:\n${tail}` : '.'}`,
      {
        requested: this.python,
        stderrTail: tail,
        kind: 'start',
        hint: 'Check that the path is a working Python 3.8+ interpreter.',
      },
    );
  }

  private onData(chunk: string): void {
    this.buf += chunk;
    let nl = this.buf.indexOf('\n');
    if (nl === -1) return;
    let start = 0;
    while (nl !== -1) {
      const line = this.buf.slice(start, nl);
      start = nl + 1;
      this.onLine(line);
      nl = this.buf.indexOf('\n', start);
    }
    this.buf = start === this.buf.length ? '' : this.buf.slice(start);
  }

  private onLine(line: string): void {
    let msg: RpcResponse & { method?: string; params?: SessionInfo };
    try {
      msg = JSON.parse(line) as typeof msg;
    } catch {
      return; // not ours: nothing else writes to this fd
    }
    if (msg.method === 'ready' && msg.params) this.readyResolve?.(msg.params);
    else this.onMessage(msg, this);
  }

  send(line: string): void {
    this.req.write(line);
  }

  /** SIGINT (a byte on the interrupt pipe on Windows): KeyboardInterrupt inside the running call only. */
  interrupt(): boolean {
    if (this.exited || this.child.pid === undefined) return false;
    if (this.intr) {
      this.intr.write('!');
      return true;
    }
    try {
      process.kill(this.child.pid, 'SIGINT');
      return true;
    } catch {
      return false;
    }
  }

  kill(): void {
    if (this.child.pid !== undefined)
      killTree(this.child.pid, { group: this.group, leaderExited: this.exited });
  }

  /** Stops reading output a process outside our reach still holds open (it left the group). */
  destroyStreams(): void {
    for (const s of this.child.stdio) s?.destroy();
  }

  /** EOF on the request pipe: the worker leaves its loop after the current call. */
  endInput(): void {
    this.req.end();
  }

  stderrText(): string {
    return tailLines(this.stderrTail.tail('utf8'));
  }

  exitDescription(): string {
    return this.exitSignal ? `signal ${this.exitSignal}` : `exit code ${this.exitCode}`;
  }

  /** An idle worker must not keep Node alive; a pending call must. */
  setRef(on: boolean): void {
    const streams = [
      this.child.stdout,
      this.child.stderr,
      this.req,
      this.res,
    ] as unknown as (Socket | null)[];
    for (const s of streams) {
      if (on) s?.ref?.();
      else s?.unref?.();
    }
    if (on) this.child.ref();
    else this.child.unref();
  }
}
