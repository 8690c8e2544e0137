// Helpers for the CLI tests: run the BUILT dist/cli.js as a subprocess in a sandboxed environment.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// PYEMBED_TEST_CLI: run another build of the CLI (development only); default the built dist/cli.js.
export const cliPath = process.env.PYEMBED_TEST_CLI ?? path.join(repo, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as the one JSON document --json promises. */
  json<T = Record<string, unknown>>(): T;
}

export interface Sandbox {
  dir: string;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

/** HOME, PYEMBED_ROOT, UV_CACHE_DIR and XDG dirs in one temp dir; none of the caller's PYEMBED_/UV_/GITHUB_ settings. */
export async function sandbox(extra: NodeJS.ProcessEnv = {}): Promise<Sandbox> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-cli-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(PYEMBED_|UV_|GITHUB_|GH_|RUNNER_|INPUT_|ACTIONS_|NO_COLOR$|FORCE_COLOR$|VIRTUAL_ENV$|PIP_)/.test(k)
    )
      continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOME: dir,
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    PYEMBED_ROOT: path.join(dir, 'root'),
    UV_CACHE_DIR: path.join(dir, 'uv-cache'),
    PIP_CONFIG_FILE: '/dev/null',
    ...extra,
  });
  return { dir, env, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function assertBuilt(): void {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first.`);
}

export function runCli(
  args: string[],
  o: { env: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number; cli?: string },
): Promise<CliRun> {
  assertBuilt();
  const child = spawn(process.execPath, [o.cli ?? cliPath, ...args], {
    cwd: o.cwd ?? repo,
    env: o.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return collect(child, o.input ?? '', o.timeoutMs);
}

/** Runs the CLI under a pseudo-terminal (util-linux `script`), so stdout/stderr are TTYs. */
export function runCliPty(
  args: string[],
  o: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number },
): Promise<CliRun> {
  assertBuilt();
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = [process.execPath, cliPath, ...args].map(quote).join(' ');
  const child = spawn('script', ['-q', '-e', '-c', cmd, '/dev/null'], {
    cwd: o.cwd ?? repo,
    env: { ...o.env, TERM: 'xterm-256color', COLUMNS: '120' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return collect(child, '', o.timeoutMs);
}

/** Feeds `input`, gathers stdout/stderr until the child closes; SIGKILL after `timeoutMs` (a hang, not a speed check). */
function collect(child: ChildProcessWithoutNullStreams, input: string, timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr,
        json<T>() {
          try {
            return JSON.parse(stdout) as T;
          } catch {
            throw new Error(
              `stdout is not one JSON document (exit ${code}):\n${stdout}\n--- stderr:\n${stderr}`,
            );
          }
        },
      });
    });
    child.stdin.end(input);
  });
}
