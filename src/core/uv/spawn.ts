import { killTree, trackChild, untrackChild } from '../exec/kill-tree.js';
import { childProcessModule } from '../builtins.js';
import { childStarted } from '../idle.js';

export interface CapturedRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Set when the process was ended by us (abort signal or timeout) rather than exiting on its own. */
  killed?: 'aborted' | 'timeout';
}

export interface SpawnCaptureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  timeoutMs?: number;
  input?: string;
  /** Called with each complete stdout / stderr line as it arrives (output is still captured). */
  onStdout?: (line: string) => void;
  onStderr?: (line: string) => void;
  /** Called synchronously once the process exists, with its pid and whether it leads its own group. */
  onSpawn?: (pid: number, group: boolean) => void;
}

/** Splits a byte stream into lines for a callback, keeping the unfinished tail for the next chunk. */
function lineSplitter(cb: ((line: string) => void) | undefined) {
  let tail = '';
  return {
    push(b: Buffer) {
      if (!cb) return;
      const parts = (tail + b.toString('utf8')).split(/\r?\n/);
      tail = parts.pop() ?? '';
      for (const l of parts) cb(l);
    },
    end() {
      if (cb && tail) cb(tail);
      tail = '';
    },
  };
}

/**
 * Runs one executable directly (never through a shell, so no argument is ever re-parsed) and captures
 * its output. A non-zero exit is a result, not an exception: callers map it to their own typed error.
 * Only failing to start at all (ENOENT, EACCES) rejects.
 */
export function spawnCapture(
  command: string,
  args: string[],
  o: SpawnCaptureOptions = {},
): Promise<CapturedRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    if (o.signal?.aborted) {
      reject(o.signal.reason instanceof Error ? o.signal.reason : new Error('The operation was aborted.'));
      return;
    }
    // Own process group on POSIX: a timeout must also end the builds and interpreters uv started.
    const group = process.platform !== 'win32';
    const child = childProcessModule().spawn(command, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
      shell: false,
      detached: group,
    });
    let exited = false;
    if (child.pid !== undefined) {
      trackChild(child.pid, group);
      o.onSpawn?.(child.pid, group);
      childStarted();
    }
    child.on('exit', () => {
      exited = true;
      if (child.pid !== undefined) untrackChild(child.pid);
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let killed: CapturedRun['killed'];
    let closeGrace: NodeJS.Timeout | undefined;
    const outLines = lineSplitter(o.onStdout);
    const errLines = lineSplitter(o.onStderr);
    child.stdout?.on('data', (b: Buffer) => {
      out.push(b);
      outLines.push(b);
    });
    child.stderr?.on('data', (b: Buffer) => {
      err.push(b);
      errLines.push(b);
    });
    const kill = (why: NonNullable<CapturedRun['killed']>) => {
      killed = why;
      if (child.pid !== undefined) killTree(child.pid, { group, leaderExited: exited });
      // A descendant that left the group may still hold the pipes: stop waiting for it.
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, 2000);
    };
    const onAbort = () => kill('aborted');
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = o.timeoutMs ? setTimeout(() => kill('timeout'), o.timeoutMs) : undefined;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      if (child.pid !== undefined) untrackChild(child.pid);
      o.signal?.removeEventListener('abort', onAbort);
      reject(e);
    });
    child.on('close', (code, sig) => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      outLines.end();
      errLines.end();
      o.signal?.removeEventListener('abort', onAbort);
      resolve({
        exitCode: code ?? (sig ? 128 + 9 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        durationMs: Date.now() - started,
        killed,
      });
    });
    if (o.input !== undefined) child.stdin?.end(o.input);
  });
}
