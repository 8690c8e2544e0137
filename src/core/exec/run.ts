import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { PythonExecutionError } from '../errors.js';
import { buildChildEnv } from './env.js';
import { killTree, trackChild, untrackChild } from './kill-tree.js';
import { findOnPathSync } from '../fs.js';
import { applyPriority, niceValue, wrapWithMemoryLimit, wrapWithNice } from './limits.js';
import { BoundedCapture, LineSplitter, tailLines } from './output.js';
import type { RunLimits, RunOptions, RunResult, StdinSource } from './types.js';

export const DEFAULT_MAX_OUTPUT_BYTES = 10 * 1024 * 1024;

// What allocators, runtimes and Python print when memory runs out (numpy's _ArrayMemoryError included).
const OOM_TEXT = /MemoryError\b|Cannot allocate memory|std::bad_alloc|out of memory|Unable to allocate/i;
// How a process without a MemoryError path dies when mmap fails under RLIMIT_AS.
const OOM_SIGNALS = new Set<NodeJS.Signals>(['SIGKILL', 'SIGSEGV', 'SIGABRT', 'SIGBUS']);

/** `python -c "<long code>"` shortened for messages. */
export function formatCommand(argv: string[]): string {
  return argv
    .map((a) => (a.length > 120 ? `${a.slice(0, 117)}...` : a))
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

function stdinMode(src: StdinSource | undefined, inherit: boolean): 'inherit' | 'ignore' | 'pipe' {
  if (src === 'inherit' || (src === undefined && inherit)) return 'inherit';
  return src === undefined ? 'ignore' : 'pipe';
}

/** Writes a StdinSource into the child's stdin, honouring backpressure. */
async function feedStdin(stdin: Writable, src: Exclude<StdinSource, 'inherit'>): Promise<void> {
  // EPIPE when the child exits without reading everything is the child's choice, not our failure.
  stdin.on('error', () => {});
  const write = async (chunk: string | Uint8Array) => {
    if (stdin.destroyed || stdin.writableEnded) return false;
    if (!stdin.write(chunk)) await Promise.race([once(stdin, 'drain'), once(stdin, 'close')]);
    return !stdin.destroyed;
  };
  if (typeof src === 'string' || src instanceof Uint8Array) {
    stdin.end(src);
  } else if (src instanceof Readable) {
    src.on('error', () => stdin.destroy());
    src.pipe(stdin);
  } else if (typeof src === 'function') {
    for (let line = await src(); line !== null && line !== undefined; line = await src()) {
      if (!(await write(`${line}\n`))) return;
    }
    stdin.end();
  } else {
    for await (const chunk of src as AsyncIterable<string | Uint8Array>) {
      if (!(await write(chunk))) return;
    }
    stdin.end();
  }
}

function isExecutable(command: string, envPath: string | undefined): boolean {
  if (command.includes('/') || command.includes('\\')) {
    try {
      return statSync(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== undefined;
}

interface Internal {
  /** Variables set unless the caller set them (runPython: unbuffered UTF-8 output). */
  envDefaults?: Record<string, string>;
  /** An interpreter for the memory-limit preamble. */
  python?: string;
}

function spawnError(argv: string[], cause: unknown, hint: string): PythonExecutionError {
  return new PythonExecutionError(
    `Cannot start ${formatCommand(argv)}: ${(cause as Error).message ?? cause}`,
    {
      requested: formatCommand(argv),
      hint,
    },
  );
}

interface Launch {
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
function wrapLimits(
  command: string,
  args: string[],
  o: RunOptions,
  python: string | undefined,
  envPath?: string,
): Launch {
  const launch: Launch = { command, args, limits: { memory: 'not-requested', priority: 'not-requested' } };
  let wrapped = false;
  if (o.maxMemoryMB !== undefined) {
    const w = wrapWithMemoryLimit(command, args, o.maxMemoryMB, o.memoryLimitMethod, python);
    launch.limits.memory = w.method ? 'enforced' : 'unsupported';
    if (w.method) launch.limits.memoryMethod = w.method;
    wrapped = Boolean(w.method);
    ({ command: launch.command, args: launch.args } = w);
  }
  if (o.priority !== undefined) {
    const nice = niceValue(o.priority);
    const w = wrapWithNice(launch.command, launch.args, nice);
    ({ command: launch.command, args: launch.args } = w);
    if (w.niced) {
      launch.limits.priority = 'applied';
      wrapped = true;
    } else launch.niceAfterSpawn = nice;
  }
  if (wrapped && !isExecutable(command, envPath)) {
    throw spawnError(
      [command, ...args],
      new Error('no such executable'),
      'Check the path of the command (or PATH).',
    );
  }
  return launch;
}

/** The RunResult a user sees, from what the process did and what was captured. */
function resultOf(
  p: Partial<RunResult>,
  c: {
    argv: string[];
    out: BoundedCapture;
    err: BoundedCapture;
    encoding: BufferEncoding;
    limits: RunLimits;
    started: number;
  },
): RunResult {
  const exitCode = p.exitCode ?? null;
  const signal = p.signal ?? null;
  const timedOut = p.timedOut ?? false;
  const aborted = p.aborted ?? false;
  const failed = exitCode !== 0 && !timedOut && !aborted;
  const outOfMemory =
    failed &&
    (OOM_TEXT.test(c.err.tail(c.encoding)) ||
      (c.limits.memory === 'enforced' && signal !== null && OOM_SIGNALS.has(signal)));
  return {
    command: c.argv,
    pid: p.pid,
    exitCode,
    signal,
    stdout: c.out.text(c.encoding),
    stderr: c.err.text(c.encoding),
    durationMs: performance.now() - c.started,
    timedOut,
    aborted,
    outOfMemory,
    truncated: c.out.truncated || c.err.truncated,
    stdoutTruncated: c.out.truncated,
    stderrTruncated: c.err.truncated,
    limits: c.limits,
  };
}

async function execute(
  command: string,
  args: string[],
  o: RunOptions,
  internal: Internal,
): Promise<RunResult> {
  const argv = [command, ...args];
  const encoding = o.encoding ?? 'utf8';
  const inherit = o.inheritStdio === true;
  if (o.cwd !== undefined && !existsSync(o.cwd)) {
    throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
      requested: o.cwd,
      hint: 'Create it first or pass an existing cwd.',
    });
  }
  const env = buildChildEnv(o.env, o.envMode, internal.envDefaults);
  const launch = wrapLimits(command, args, o, internal.python, env.PATH);
  const { limits } = launch;
  const maxOutput = o.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const out = new BoundedCapture(maxOutput);
  const err = new BoundedCapture(maxOutput);
  const capture = { argv, out, err, encoding, limits, started: performance.now() };
  const finish = (p: Partial<RunResult>): RunResult => resultOf(p, capture);

  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err.tail(encoding));

  // Own process group (detached) so one kill reaches every descendant; not on Windows, where
  // detached means a new console, nor when sharing the terminal: Ctrl-C must reach the child, and
  // a background group reading the terminal would be stopped by SIGTTIN.
  const group = process.platform !== 'win32' && !inherit && o.stdin !== 'inherit';
  const child = spawn(launch.command, launch.args, {
    cwd: o.cwd,
    env,
    stdio: [stdinMode(o.stdin, inherit), inherit ? 'inherit' : 'pipe', inherit ? 'inherit' : 'pipe'],
    detached: group,
    windowsHide: true,
  });

  return supervise(child, { o, argv, group, launch, err, encoding, finish, out });
}

interface Supervised {
  o: RunOptions;
  argv: string[];
  group: boolean;
  launch: Launch;
  out: BoundedCapture;
  err: BoundedCapture;
  encoding: BufferEncoding;
  finish: (p: Partial<RunResult>) => RunResult;
}

/** Streams, timeout, abort and exit of a started child, settled once when its pipes close. */
function supervise(child: ChildProcess, c: Supervised): Promise<RunResult> {
  const { o, argv, group, launch, out, err, encoding, finish } = c;
  const { limits } = launch;
  return new Promise<RunResult>((resolve, reject) => {
    let timedOut = false;
    let aborted = false;
    let exited = false;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    let failure: unknown;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let closeGrace: NodeJS.Timeout | undefined;

    const kill = () => {
      if (child.pid !== undefined) killTree(child.pid, { group, leaderExited: exited });
      // Descendants that escaped the group may still hold our pipes: stop waiting for them.
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        done();
      }, 2000);
    };
    const onAbort = () => {
      if (settled || timedOut || aborted) return;
      aborted = true;
      kill();
    };
    const fail = (e: unknown) => {
      failure ??= e;
      kill();
    };
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      o.signal?.removeEventListener('abort', onAbort);
      if (child.pid !== undefined) untrackChild(child.pid);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      cleanup();
      if (failure !== undefined) return reject(failure);
      const result = finish({ pid: child.pid, exitCode, signal: exitSignal, timedOut, aborted });
      try {
        resolve(checked(result, o, err.tail(encoding)));
      } catch (e) {
        reject(e);
      }
    };

    child.on('error', (e) => {
      if (child.pid === undefined) {
        settled = true;
        cleanup();
        reject(spawnError(argv, e, 'Check the path of the command (or PATH) and the working directory.'));
      } else {
        fail(e);
      }
    });
    if (child.pid === undefined) return;
    trackChild(child.pid, group);
    if (launch.niceAfterSpawn !== undefined)
      limits.priority = applyPriority(child.pid, launch.niceAfterSpawn);

    const guard = (handler?: (line: string) => void) =>
      handler &&
      ((line: string) => {
        if (failure !== undefined) return;
        try {
          handler(line);
        } catch (e) {
          fail(e);
        }
      });
    wireOutput(child.stdout, out, encoding, guard(o.onStdout));
    wireOutput(child.stderr, err, encoding, guard(o.onStderr));
    if (child.stdin && o.stdin !== undefined && o.stdin !== 'inherit') {
      feedStdin(child.stdin, o.stdin).catch(fail);
    }

    if (o.timeoutMs !== undefined && o.timeoutMs >= 0) {
      timer = setTimeout(() => {
        if (settled || aborted) return;
        timedOut = true;
        kill();
      }, o.timeoutMs);
    }
    o.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('exit', (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      if (child.pid !== undefined) untrackChild(child.pid);
    });
    child.on('close', done);
  });
}

/** Captures a stream and, when asked, hands each line to `onLine`. */
function wireOutput(
  stream: Readable | null,
  capture: BoundedCapture,
  encoding: BufferEncoding,
  onLine?: (line: string) => void,
): void {
  if (!stream) return;
  const splitter = onLine ? new LineSplitter(onLine, encoding) : undefined;
  stream.on('data', (chunk: Buffer) => {
    capture.push(chunk);
    splitter?.push(chunk);
  });
  stream.on('end', () => splitter?.end());
}

function checked(result: RunResult, o: RunOptions, stderrTail: string): RunResult {
  if (!o.check) return result;
  if (result.exitCode === 0 && !result.timedOut && !result.aborted) return result;
  const cmd = formatCommand(result.command);
  const why = result.timedOut
    ? `timed out after ${o.timeoutMs} ms (process tree killed)`
    : result.aborted
      ? 'was aborted (process tree killed)'
      : result.outOfMemory
        ? `ran out of memory${o.maxMemoryMB !== undefined ? ` (limit ${o.maxMemoryMB} MB)` : ''}`
        : result.signal
          ? `was killed by ${result.signal}`
          : `failed with exit code ${result.exitCode}`;
  const tail = tailLines(stderrTail);
  throw new PythonExecutionError(`Command ${why}: ${cmd}${tail ? `\n${tail}` : ''}`, {
    requested: cmd,
    // not `exitCode`: that key is the CLI's exit code in PythonEmbeddedError.toJSON().
    processExitCode: result.exitCode,
    signal: result.signal,
    stderrTail: tail,
    timedOut: result.timedOut,
    aborted: result.aborted,
    outOfMemory: result.outOfMemory,
    hint: result.outOfMemory
      ? 'Raise maxMemoryMB or reduce what the code allocates.'
      : result.timedOut
        ? 'Raise timeoutMs or make the code finish sooner.'
        : 'See the stderr above.',
  });
}

/** Runs any command. Never throws for a failing command unless `check: true`. */
export async function runProcess(
  command: string,
  args: string[] = [],
  o: RunOptions = {},
): Promise<RunResult> {
  return execute(command, args, o, {});
}

/**
 * Runs an interpreter with arguments. Output is unbuffered UTF-8 unless the caller's env says
 * otherwise, so line handlers see each line when Python prints it, not when its buffer fills.
 */
export async function runPython(
  pythonPath: string,
  args: string[] = [],
  o: RunOptions = {},
): Promise<RunResult> {
  return execute(pythonPath, args, o, {
    envDefaults: { PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' },
    python: pythonPath,
  });
}

export type ScriptSource = string | { path: string } | { code: string };

// Linux caps one argv string at 128 KiB (MAX_ARG_STRLEN); bigger code goes through a temp file.
const MAX_INLINE_CODE = 64 * 1024;

/**
 * Runs a script file or a code string. A plain string is a path when such a file exists and the
 * string has no newline, otherwise code; pass `{ path }` or `{ code }` to say which.
 * Code runs as `python -c`, so `sys.argv[1:]` is `args` either way.
 */
export async function runScript(
  pythonPath: string,
  script: ScriptSource,
  args: string[] = [],
  o: RunOptions = {},
): Promise<RunResult> {
  const src =
    typeof script === 'string'
      ? !script.includes('\n') && existsSync(script) && statSync(script).isFile()
        ? { path: script }
        : { code: script }
      : script;
  if ('path' in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ['-c', src.code, ...args], o);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-script-'));
  try {
    const file = path.join(dir, 'script.py');
    await fs.writeFile(file, src.code);
    return await runPython(pythonPath, [file, ...args], o);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
