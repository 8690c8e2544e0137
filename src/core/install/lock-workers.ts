/**
 * Processes a lock holder started to do the locked work (e.g. `uv venv`). They run in their own process
 * group, so when the holder is SIGKILLed they live on as orphans still writing the locked target. Whoever
 * breaks the dead holder's lock must end them first, or the orphan later overwrites what the new holder made.
 */
import { readFileSync } from 'node:fs';

export interface LockWorker {
  pid: number;
  /** Linux: the process's start time (clock ticks since boot), so a reused pid is never mistaken for it. */
  start?: string;
  /** The pid leads its own process group (its children go with it). */
  group?: boolean;
}

function procStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
  // A killed process stays a zombie until its parent reaps it (in containers, PID 1 often never does):
  // kill(pid, 0) still succeeds, but it holds nothing.
  if (process.platform === 'linux') {
    const state = procStat(pid)?.[0];
    return state !== undefined && state !== 'Z' && state !== 'X';
  }
  return true;
}

export function describeWorker(pid: number, group: boolean): LockWorker {
  const start = process.platform === 'linux' ? procStat(pid)?.[19] : undefined;
  return { pid, ...(start ? { start } : {}), ...(group ? { group } : {}) };
}

/** Same process as recorded: alive and (where the OS tells) started at the recorded time. */
function stillThatProcess(w: LockWorker): boolean {
  if (!pidAlive(w.pid)) return false;
  if (process.platform !== 'linux' || !w.start) return true;
  return procStat(w.pid)?.[19] === w.start;
}

/**
 * Ends the workers of a dead holder and waits until they are gone (bounded). Where the start time cannot be
 * checked (macOS, Windows) a live pid may be another program by now, so it is only waited for, never killed.
 */
export async function stopWorkers(workers: LockWorker[] | undefined, waitMs = 30_000): Promise<void> {
  const live = (workers ?? []).filter(stillThatProcess);
  for (const w of live) {
    if (process.platform !== 'linux' || !w.start) continue;
    try {
      process.kill(w.group ? -w.pid : w.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + waitMs;
  while (live.some(stillThatProcess) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
}
