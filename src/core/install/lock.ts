/**
 * withLock: one lock file per build so concurrent installs (threads or processes) serialise.
 * The file is created atomically with its content ({pid, host, createdAt}) by hard-linking a private temp
 * file into place (fails with EEXIST when held); its mtime is refreshed as a heartbeat. A lock whose owner
 * is a dead pid on this host, or whose heartbeat is older than `staleMs`, is broken — under a short
 * "break" lock, so two waiters never both break it and delete each other's fresh lock.
 */
import { fs } from '../async-fs.js';
import os from 'node:os';
import path from 'node:path';
import { PythonEmbeddedError, PythonInstallationError } from '../errors.js';
import { fsErrorText, makeDirs, privateTemp, privateTempPid, writeFileAtomicSync } from '../fs.js';
import { describeWorker, pidAlive, stopWorkers, type LockWorker } from './lock-workers.js';
import { randomTag } from '../builtins.js';

export interface LockOptions {
  /** A lock whose heartbeat is older than this is stale (default 60 s; heartbeat every staleMs/4). */
  staleMs?: number;
  /** Give up waiting after this long (default 15 min). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called once when the lock is busy and we start waiting (for "waiting for another install" lines). */
  onWait?: (holder: LockInfo | undefined) => void;
}

export interface LockInfo {
  pid: number;
  host: string;
  createdAt: string;
  token?: string;
  /** Processes the holder started for the locked work (see lock-workers.ts). */
  workers?: LockWorker[];
}

/** What the holder can do with its lock while holding it. */
export interface HeldLock {
  /**
   * Records a process started for the locked work, so that if this holder dies the next one ends it before
   * taking over. Synchronous on purpose: called right after spawn, before anything can kill the holder.
   */
  track(pid: number, group: boolean): void;
}

export async function withLock<T>(
  lockPath: string,
  fn: (held: HeldLock) => Promise<T>,
  o: LockOptions = {},
): Promise<T> {
  const staleMs = o.staleMs ?? 60_000;
  let held: HeldLock & { release: () => Promise<void> };
  try {
    held = await acquire(lockPath, staleMs, o);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot take the lock ${lockPath}: ${fsErrorText(e)}`, {
      requested: lockPath,
      hint: 'The directory must be writable (a read-only root can only be read from).',
    });
  }
  const beat = setInterval(
    () => {
      const now = new Date();
      fs.utimes(lockPath, now, now).catch(() => {});
    },
    Math.max(50, Math.floor(staleMs / 4)),
  );
  beat.unref();
  try {
    return await fn(held);
  } finally {
    clearInterval(beat);
    await held.release();
  }
}

/** Reads a lock file; undefined when absent or not (yet) valid JSON. */
export async function readLock(lockPath: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a lock its holder left behind (dead pid, or heartbeat older than `staleMs`). For callers that found
 * the work already done without taking the lock: a holder killed after finishing must not leave it forever.
 */
export async function clearStaleLock(lockPath: string, staleMs = 60_000): Promise<void> {
  const { stale, info } = await isStale(lockPath, staleMs);
  if (stale) await breakStale(lockPath, staleMs, info);
}

async function isStale(lockPath: string, staleMs: number): Promise<{ stale: boolean; info?: LockInfo }> {
  let st;
  try {
    st = await fs.stat(lockPath);
  } catch {
    return { stale: false }; // gone: just retry the create
  }
  const info = await readLock(lockPath);
  if (info && info.host === os.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}

async function tryCreate(lockPath: string, body: string): Promise<boolean> {
  const tmp = privateTemp(lockPath);
  await fs.writeFile(tmp, body);
  try {
    await fs.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') return false; // ENOENT: swept as another's (above): retry
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    // No hard links here: exclusive create, content written right after (a reader may briefly see it empty).
    try {
      await fs.writeFile(lockPath, body, { flag: 'wx' });
      return true;
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Breaks a stale lock while holding `<lock>.break`, re-checking staleness under it. */
async function breakStale(lockPath: string, staleMs: number, seen: LockInfo | undefined): Promise<void> {
  const breaker = `${lockPath}.break`;
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), createdAt: new Date().toISOString() });
  if (!(await tryCreate(breaker, me))) {
    // A breaker that died mid-break leaves this behind; it is tiny-lived, so age alone decides.
    const st = await fs.stat(breaker).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 10_000)) await fs.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) {
      if (again.info?.host === os.hostname()) await stopWorkers(again.info.workers);
      await fs.rm(lockPath, { force: true });
    }
  } finally {
    await fs.rm(breaker, { force: true });
  }
}

/**
 * Removes the private temp files (`<lock>.<pid>.<tag>.tmp`, see tryCreate and track) of holders killed between
 * writing one and linking or renaming it into place. Each holds a lock body: one of this host whose pid is
 * dead goes at once; one of another host only once older than `staleMs` (it lives milliseconds when its
 * owner is alive).
 */
async function sweepAbandonedTemps(lockPath: string, staleMs: number): Promise<void> {
  const dir = path.dirname(lockPath);
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const pid = privateTempPid(lockPath, name);
    if (!pid || pid === process.pid) continue;
    const file = path.join(dir, name);
    const [info, st] = await Promise.all([readLock(file), fs.stat(file).catch(() => undefined)]);
    if (!st) continue;
    // A temp without a whole body was cut off mid-write (a live writer's is unreadable for microseconds):
    // its name's pid decides. Should that be another host's live writer after all, its link or rename
    // finds the temp gone and it tries again (tryCreate).
    const abandoned = !info
      ? !pidAlive(pid) || Date.now() - st.mtimeMs > staleMs
      : info.host === os.hostname()
        ? !pidAlive(info.pid)
        : Date.now() - st.mtimeMs > staleMs;
    if (abandoned) await fs.rm(file, { force: true });
  }
}

async function acquire(
  lockPath: string,
  staleMs: number,
  o: LockOptions,
): Promise<HeldLock & { release: () => Promise<void> }> {
  await makeDirs(path.dirname(lockPath));
  await sweepAbandonedTemps(lockPath, staleMs);
  const token = randomTag(8);
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    createdAt: new Date().toISOString(),
    token,
  };
  const body = JSON.stringify(mine);
  const deadline = Date.now() + (o.timeoutMs ?? 15 * 60_000);
  let delay = 25;
  let waited = false;
  for (;;) {
    if (o.signal?.aborted) throw o.signal.reason;
    if (await tryCreate(lockPath, body)) {
      return {
        track: (pid, group) => {
          mine.workers = [...(mine.workers ?? []), describeWorker(pid, group)];
          writeFileAtomicSync(lockPath, JSON.stringify(mine), { keepTemps: true }); // sweepAbandonedTemps judges them by host
        },
        release: async () => {
          // Only remove the lock if it is still ours (it may have been broken as stale and re-taken).
          const cur = await readLock(lockPath);
          if (!cur || cur.token === token) await fs.rm(lockPath, { force: true });
        },
      };
    }
    const { stale, info } = await isStale(lockPath, staleMs);
    if (stale) {
      await breakStale(lockPath, staleMs, info);
      continue;
    }
    if (!waited) {
      waited = true;
      o.onWait?.(info);
    }
    if (Date.now() > deadline) {
      throw new PythonInstallationError(`Timed out waiting for the lock ${lockPath}.`, {
        requested: lockPath,
        holder: info,
        hint: `Another install (pid ${info?.pid ?? '?'} on ${info?.host ?? '?'}) holds it; wait, or remove the file if that process is gone.`,
      });
    }
    await new Promise((r) => setTimeout(r, delay * (0.75 + Math.random() / 2)));
    delay = Math.min(500, delay * 2);
  }
}
