import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { fs } from '../async-fs.js';
import os from 'node:os';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { PythonExecutionError } from '../errors.js';
import { buildChildEnv } from './env.js';
import { killTree, trackChild, untrackChild } from './kill-tree.js';
import { applyPriority, wrapLimits, type Launch } from './limits.js';
import { checked, resultOf, spawnError } from './result.js';
import { BoundedCapture, LineSplitter } from './output.js';
import type { RunOptions, RunResult, StdinSource } from './types.js';
import { monotonicMs, childProcessModule } from '../builtins.js';

export { formatCommand } from './result.js';

export const DEFAULT_MAX_OUTPUT_BYTES = 10 * 1024 * 1024;

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

interface Internal {
  /** Variables set unless the caller set them (runPython: unbuffered UTF-8 output). */
  envDefaults?: Record<string, string>;
  /** An interpreter for the memory-limit preamble. */
  python?: string;
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
  const capture = { argv, out, err, encoding, limits, started: monotonicMs() };
  const finish = (p: Partial<RunResult>): RunResult => resultOf(p, capture);

  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err.tail(encoding));

  // Own process group (detached) so one kill reaches every descendant; not on Windows, where
  // detached means a new console, nor when sharing the terminal: Ctrl-C must reach the child, and
  // a background group reading the terminal would be stopped by SIGTTIN.
  const group = process.platform !== 'win32' && !inherit && o.stdin !== 'inherit';
  const child = childProcessModule().spawn(launch.command, launch.args, {
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
