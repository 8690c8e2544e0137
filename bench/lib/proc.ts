// Timed child processes. The clock runs from spawn() to the 'close' event (or the first stdout byte),
// which is what a caller of the tool waits for.
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ProcResult {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set of the child in KiB (only with `rss: true` and /usr/bin/time present). */
  maxRssKb?: number;
}

export interface ProcOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Wrap in `/usr/bin/time -v` and parse "Maximum resident set size". */
  rss?: boolean;
  /** Reject on a non-zero exit (default true). */
  check?: boolean;
  timeoutMs?: number;
}

export const TIME_BIN = '/usr/bin/time';
export const hasTimeBin = existsSync(TIME_BIN);

/**
 * The environment every measured child gets: the bench's own, minus NODE_EXTRA_CA_CERTS. This machine
 * points it at a 220 KB PEM that costs every `node` start ~46 ms; a GitHub runner does not set it and
 * nothing here speaks TLS (the world is plain HTTP on 127.0.0.1).
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function tail(s: string, lines = 8): string {
  return s.trim().split('\n').slice(-lines).join('\n');
}

export class ProcError extends Error {
  constructor(
    readonly command: string,
    readonly result: ProcResult,
  ) {
    super(`${command} exited with ${result.code}: ${tail(result.stderr || result.stdout)}`);
  }
}

export function run(cmd: string, args: string[], o: ProcOptions = {}): Promise<ProcResult> {
  const argv = o.rss && hasTimeBin ? [TIME_BIN, '-v', cmd, ...args] : [cmd, ...args];
  return new Promise((resolve, reject) => {
    const opts: SpawnOptions = { env: o.env ?? childEnv(), cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] };
    const t0 = performance.now();
    const child = spawn(argv[0], argv.slice(1), opts);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = o.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), o.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (timer) clearTimeout(timer);
      let maxRssKb: number | undefined;
      if (o.rss && hasTimeBin) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) maxRssKb = Number(m[1]);
        stderr = stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, '');
      }
      const r: ProcResult = { ms, code, stdout, stderr, maxRssKb };
      if (code !== 0 && o.check !== false) reject(new ProcError(argv.join(' '), r));
      else resolve(r);
    });
  });
}

/** `bash -c script _ ...args` (pipefail on), timed like run(). */
export function bash(script: string, args: string[], o: ProcOptions = {}): Promise<ProcResult> {
  return run('bash', ['-o', 'pipefail', '-c', script, 'bash', ...args], o);
}

/**
 * Time from spawn to the first byte on stdout; the child (its whole process group) is then killed.
 * Rejects if the child exits without writing anything.
 */
export function timeToFirstOutput(
  cmd: string,
  args: string[],
  o: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      env: o.env ?? childEnv(),
      cwd: o.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let done = false;
    let stderr = '';
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      if (!done) {
        done = true;
        kill();
        reject(new Error(`${cmd} ${args.join(' ')}: no output within ${o.timeoutMs ?? 30_000} ms`));
      }
    }, o.timeoutMs ?? 30_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let first: number | undefined;
    child.stdout!.once('data', () => {
      if (done) return;
      first = performance.now() - t0;
      kill();
    });
    child.on('error', reject);
    // Resolve only once the killed tree is gone, so it does not compete with the next measurement.
    child.on('close', (code) => {
      if (first !== undefined && !done) {
        done = true;
        clearTimeout(timer);
        resolve(first);
        return;
      }
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new Error(`${cmd} exited with ${code} before writing to stdout: ${tail(stderr)}`));
    });
  });
}
