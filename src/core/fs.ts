/**
 * The file-system and PATH questions every layer asks (does it exist, is it a file, can we write there,
 * where is this executable), answered one way — none of them throws for "no": they return false/undefined —
 * and the few ways every layer writes (a rename that outlasts Windows' transient locks, a whole-file write,
 * a verbatim tree copy) and hashes a file.
 */
import {
  accessSync,
  cpSync,
  createReadStream,
  constants as fsConstants,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { fs } from './async-fs.js';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomTag, sha256 } from './builtins.js';
import { isWindowsHost } from './host.js';
import { pidAlive } from './install/lock-workers.js';

/** True when `p` exists (symlinks followed: a dangling link does not exist). */
export async function exists(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined)) !== undefined;
}

export async function isFile(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isFile() ?? false;
}

export async function isDir(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

export function isFileSync(p: string): boolean {
  return statOrUndefined(p)?.isFile() ?? false;
}

export function isDirSync(p: string): boolean {
  return statOrUndefined(p)?.isDirectory() ?? false;
}

/**
 * Why no file can be created in `dir` (the errno code, else the message), or undefined when one can.
 * `access(W_OK)` alone says yes on read-only mounts for root, so a probe file is really written (and removed).
 */
export async function whyNotWritable(dir: string): Promise<string | undefined> {
  const probe = path.join(dir, `.pyembed-write-probe-${process.pid}-${Date.now()}`);
  try {
    await fs.access(dir, fsConstants.W_OK | fsConstants.X_OK);
    await fs.writeFile(probe, '');
    await fs.rm(probe, { force: true });
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}

export async function isWritableDir(dir: string): Promise<boolean> {
  return (await whyNotWritable(dir)) === undefined;
}

/** The directory itself, or its nearest existing ancestor (a root that does not exist yet is fine). */
export async function nearestExisting(dir: string): Promise<string> {
  let current = path.resolve(dir);
  while (!(await exists(current)) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** An error's text with its errno code in front when the message does not already name it. */
export function fsErrorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as NodeJS.ErrnoException).code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}

/**
 * mkdir -p that names the real reason: a recursive mkdir under a read-only or foreign directory reports
 * ENOENT, so the nearest existing ancestor is asked whether it is writable.
 */
export async function makeDirs(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const up = await nearestExisting(path.dirname(path.resolve(dir)));
    await fs.access(up, fsConstants.W_OK); // throws EROFS / EACCES when that is the cause
    throw e;
  }
}

/** Waits between rename attempts: about 3 s in all, the window an antivirus scan or indexer holds a file. */
const RENAME_BACKOFF_MS = [50, 100, 200, 400, 800, 1500];

/**
 * `rename` that outlasts the transient locks Windows reports as EPERM, EBUSY or EACCES (a virus scanner or
 * the search indexer has a file of the tree open). Elsewhere those codes are permanent and thrown at once.
 */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      const transient = isWindowsHost() && ['EPERM', 'EBUSY', 'EACCES'].includes(code);
      if (!transient || attempt >= RENAME_BACKOFF_MS.length) throw e;
      await sleep(RENAME_BACKOFF_MS[attempt]);
    }
  }
}

/**
 * Copies the tree at `from` to `to` as it is: relative symlinks stay relative (PBS's bin/python3 -> python3.x,
 * a venv's lib64 -> lib), and mtimes are kept — each .pyc records its source's mtime, so a copy with new ones
 * makes every .pyc stale and each Python start compiles the stdlib again.
 */
export function copyTree(from: string, to: string): Promise<void> {
  return fs.cp(from, to, VERBATIM_COPY);
}

const VERBATIM_COPY = { recursive: true, verbatimSymlinks: true, preserveTimestamps: true } as const;

/**
 * copyTree in one blocking call, for a large tree copied by a process with nothing else to serve meanwhile
 * (the action publishing an installed Python into the tool cache). Node's promise-based cp walks the tree
 * with a promise, a stat and a utimes per entry in JavaScript: for a 3,400-file CPython 0.4-1.3 s and ~15 MB
 * of garbage on top of an install's peak RSS; cpSync does the same walk natively (in C++ on Node 24) in
 * 80-200 ms with next to no heap. The event loop waits meanwhile, so the library keeps the async copyTree.
 */
export function copyTreeSync(from: string, to: string): void {
  cpSync(from, to, VERBATIM_COPY);
}

/** A file beside `file` only this process writes, to be renamed (or linked) into place whole. */
export const privateTemp = (file: string) => `${file}.${process.pid}.${randomTag()}.tmp`;

/** The pid in the name of a privateTemp() of `file` (a name in the same directory), else undefined. */
export function privateTempPid(file: string, name: string): number | undefined {
  const base = path.basename(file);
  if (!name.startsWith(`${base}.`)) return undefined;
  const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(base.length + 1));
  return m ? Number(m[1]) : undefined;
}

/**
 * Removes the private temps beside `file` (privateTemp names: a file, or a directory renamed into place)
 * whose process is dead: what a writer killed between writing and renaming leaves. A live process's temp,
 * this one's included, is left alone.
 */
export function sweepDeadTemps(file: string): void {
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = privateTempPid(file, name);
    if (pid && pid !== process.pid && !pidAlive(pid))
      rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/** How writeFileAtomic() treats the private temps other writers left beside the file. */
export interface AtomicWriteOptions {
  /**
   * Leave them all. By default a write first removes those of dead processes (sweepDeadTemps): what a writer
   * killed between its temp and its rename leaves, which nothing else would ever remove. The lock keeps
   * them: its temps name their host, and lock.ts sweeps them by host and pid itself.
   */
  keepTemps?: boolean;
}

/** Writes `text` to a private file beside `file`, then renames it over `file`: readers see old or new, never half. */
export async function writeFileAtomic(file: string, text: string, o: AtomicWriteOptions = {}): Promise<void> {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, file);
}

/** writeFileAtomic() without the thread-pool round trips, for a small file written on a hot path. */
export function writeFileAtomicSync(file: string, text: string, o: AtomicWriteOptions = {}): void {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** The sha256 (hex) of a file's bytes, read in 1 MiB chunks. */
export async function sha256File(file: string): Promise<string> {
  const h = sha256();
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), h);
  return h.digest('hex');
}

/** The PATH of the current process (Windows spells it `Path`). */
export function processPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PATH ?? env.Path ?? '';
}

/**
 * Finds an executable on a PATH string without a shell (`which`): the first regular file that is
 * executable (on Windows: that exists, trying each PATHEXT extension).
 */
export async function findOnPath(name: string, envPath = processPath()): Promise<string | undefined> {
  return findOnPathSync(name, envPath);
}

/** `findOnPath` for callers that must stay synchronous (building a command line in a spawn path). */
export function findOnPathSync(name: string, envPath = processPath()): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    for (const candidate of candidates(dir, name)) if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function candidates(dir: string, name: string): string[] {
  if (process.platform !== 'win32') return [path.join(dir, name)];
  const exts = ['', ...(process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)];
  return exts.map((ext) =>
    path.join(dir, ext && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext),
  );
}

function isExecutableFile(p: string): boolean {
  if (!statOrUndefined(p)?.isFile()) return false;
  if (process.platform === 'win32') return true;
  try {
    accessSync(p, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
