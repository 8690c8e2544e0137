// Shared by the reliability suite (not a test file). `rcase` is an `it` that also records the case in
// .cache/reliability/<area>.json (gitignored): what was expected, what happened, and whether the data on disk
// was found intact. Only `npm run reliability:report` turns those records into docs/reliability.md.
// Every case must check integrity through `c.intact(...)`: a case that never looks at the disk fails.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'vitest';
import { repoRoot } from '../../test-world/paths.js';
import { type CaseRecord, resultsDir } from './report.js';

export { repoRoot };
export { alive } from '../helpers/processes.js';
/** `node --import <this>` runs TypeScript from any cwd (a bare `tsx` would be resolved from the cwd). */
export const tsxLoader = pathToFileURL(path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface Case {
  /** What actually happened, one line (shown in the table). */
  result(text: string): void;
  /** Runs the integrity checks (assertions); the case is "data intact" only when they pass. */
  intact(check: () => Promise<void> | void): Promise<void>;
}

const records: CaseRecord[] = [];

/** Saves this file's results after every case (an afterAll hook would be scoped to the describe block it
 * was registered in; this also keeps the records current when a run is interrupted). */
async function save(area: string) {
  await fs.mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${area}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify({ area, at: new Date().toISOString(), cases: records }, null, 2));
  await fs.rename(tmp, file);
}

/** A recorded reliability case. `area` groups rows (one per test file). */
export function rcase(
  area: string,
  name: string,
  expected: string,
  body: (c: Case) => Promise<void>,
  timeoutMs?: number,
): void {
  it(
    name,
    async () => {
      const rec: CaseRecord = { area, name, expected, result: '', passed: false, intact: null };
      records.push(rec);
      let checked = false;
      const t0 = Date.now();
      const c: Case = {
        result(text) {
          rec.result = text;
        },
        async intact(check) {
          checked = true;
          rec.intact = false;
          await check();
          rec.intact = true;
        },
      };
      try {
        await body(c);
        if (!checked) throw new Error(`case "${name}" never checked that the data is intact`);
        rec.passed = true;
      } catch (e) {
        rec.passed = false;
        rec.result = `${rec.result ? rec.result + ' — ' : ''}FAILED: ${(e as Error).message.split('\n')[0]}`;
        throw e;
      } finally {
        rec.ms = Date.now() - t0;
        await save(area);
      }
    },
    timeoutMs,
  );
}

/**
 * A case that fails today because of a product bug (listed in report.ts HELD_OUT with file, cause and fix).
 * Registered only when RELIABILITY_HELD names its bug id (comma list) or is `all`, so the default suite stays
 * green without skipped tests: `RELIABILITY_HELD=all npm run test:faults` runs them.
 */
export function heldCase(
  bug: string,
  area: string,
  name: string,
  expected: string,
  body: (c: Case) => Promise<void>,
  timeoutMs?: number,
): void {
  const on = (process.env.RELIABILITY_HELD ?? '').split(',').map((s) => s.trim());
  if (!on.includes('all') && !on.includes(bug)) return;
  rcase(area, `[held ${bug}] ${name}`, expected, body, timeoutMs);
}

/** A scratch dir under the OS temp dir; removed by the returned cleanup. */
export async function scratch(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `pyembed-rel-${prefix}-`));
}

/** Names a crashed or unfinished operation leaves behind. */
const LEFTOVER = [
  /\.partial$/,
  /\.tmp$/,
  /^\.tmp-/,
  /\.extract-/,
  /^.+\.lock$/, // (uv keeps its own `<venv>/.lock`: permanent, not ours)
  /\.break$/,
  /\.staging/,
];
/** Big trees that only hold the interpreter's or packages' own files: not walked. */
const SKIP_DIRS = new Set(['lib', 'lib64', 'include', 'share', 'site-packages', 'node_modules']);

/**
 * Paths under `dir` (relative) whose names say "temporary / half-written": `.partial`, `.tmp`, `.tmp-*`,
 * `.extract-*`, leftover locks. Interpreter trees (`lib/`, `include/`...) are not walked.
 */
export async function leftovers(dir: string, o: { allowLocks?: boolean } = {}): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      const bad = LEFTOVER.some((re) => re.test(e.name));
      const lock = /\.lock$/.test(e.name);
      if (bad && !(lock && o.allowLocks)) out.push(path.relative(dir, p));
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) await walk(p);
    }
  }
  await walk(dir);
  return out.sort();
}

/** Every path under `dir` (relative, sorted; directories end in '/'). */
export async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      out.push(path.relative(dir, p) + (e.isDirectory() ? '/' : ''));
      if (e.isDirectory()) await walk(p);
    }
  }
  await walk(dir);
  return out.sort();
}

export async function exists(p: string): Promise<boolean> {
  return fs.lstat(p).then(
    () => true,
    () => false,
  );
}

/** Runs `fn` and returns its rejection (fails when it resolves). */
export async function rejection(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection, but it resolved');
}

/** "ClassName: first line of the message" for the result column. */
export function describeError(e: unknown): string {
  const err = e as Error;
  // Local-world URLs shortened to their last segment: the table is about what happened, not the port.
  const msg = (err?.message ?? String(e))
    .split('\n')[0]
    .replace(/(?:https?|file):\/\/[^\s"']*\/([^/\s"':]+)/g, '…/$1');
  return `${err?.name ?? 'Error'}: ${msg.length > 140 ? msg.slice(0, 137) + '...' : msg}`;
}

// ---------------------------------------------------------------- child processes

export interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stdout has printed a line matching `re` (rejects if the child exits first). */
  waitFor(re: RegExp): Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * Runs a TypeScript module in a fresh Node process (`node --import tsx`, no wrapper process, so a SIGKILL
 * hits the process doing the work). `code` may import the product as `@src/...` (rewritten to src/).
 */
export async function spawnTs(
  dir: string,
  name: string,
  code: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<Child> {
  const file = path.join(dir, `${name}.mts`);
  await fs.writeFile(
    file,
    code
      .replaceAll('@src/', `${path.join(repoRoot, 'src')}/`)
      .replaceAll('@world/', `${path.join(repoRoot, 'test-world')}/`),
  );
  const proc = spawn(process.execPath, ['--import', tsxLoader, file, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: { re: RegExp; resolve: (l: string) => void; reject: (e: Error) => void }[] = [];
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) {
      const m = out.split('\n').find((l) => w.re.test(l));
      if (m !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) =>
    proc.on('close', (code, signal) => {
      for (const w of waiters.splice(0))
        w.reject(new Error(`child exited (${code ?? signal}) before ${w.re}: ${err.slice(-500)}`));
      resolve({ code, signal, stdout: out, stderr: err });
    }),
  );
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    exit,
    waitFor(re) {
      const m = out.split('\n').find((l) => re.test(l));
      if (m !== undefined) return Promise.resolve(m);
      if (proc.exitCode !== null || proc.signalCode !== null)
        return Promise.reject(new Error(`child already exited before ${re}: ${err.slice(-500)}`));
      return new Promise((resolve, reject) => waiters.push({ re, resolve, reject }));
    },
  };
}

/** Pids whose command line mentions `needle` (a scratch dir): processes a killed child left behind. */
export async function processesMentioning(needle: string): Promise<number[]> {
  const out: number[] = [];
  for (const e of await fs.readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    const cmd = await fs.readFile(`/proc/${e}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(needle)) out.push(Number(e));
  }
  return out;
}

// ---------------------------------------------------------------- small filesystems

function privileged(cmd: string, args: string[]): Promise<void> {
  // root here; on a CI runner (non-root) through passwordless sudo
  const [c, a] = process.getuid?.() === 0 ? [cmd, args] : ['sudo', ['-n', cmd, ...args]];
  return new Promise((resolve, reject) => {
    const p = spawn(c, a, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${c} ${a.join(' ')}: ${err.trim()}`)),
    );
  });
}

/** Mounts a tmpfs of `sizeMb` at a new dir under `parent` for `fn`, always unmounting it after. */
export async function withTmpfs<T>(
  parent: string,
  sizeMb: number,
  fn: (mnt: string, ctl: { remountReadOnly(): Promise<void> }) => Promise<T>,
): Promise<T> {
  const mnt = await fs.mkdtemp(path.join(parent, 'tmpfs-'));
  await privileged('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=1777`, 'tmpfs', mnt]);
  try {
    return await fn(mnt, { remountReadOnly: () => privileged('mount', ['-o', 'remount,ro', mnt]) });
  } finally {
    await privileged('umount', [mnt]).catch(() => privileged('umount', ['-l', mnt]));
    await fs.rmdir(mnt).catch(() => {});
  }
}

/** Bytes used on the filesystem holding `p`. */
export async function usedBytes(p: string): Promise<number> {
  const s = await fs.statfs(p);
  return (s.blocks - s.bfree) * s.bsize;
}
