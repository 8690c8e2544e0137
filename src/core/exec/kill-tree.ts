import { readdirSync, readFileSync } from 'node:fs';
import { childProcessModule } from '../builtins.js';

/** A row of the process table; `startedMs` (epoch ms) where the OS tells it (Windows). */
export interface ProcessEntry {
  pid: number;
  ppid: number;
  startedMs?: number;
}

/** What killTree needs from the OS: injectable so the Windows rules run in tests on any machine. */
export interface ProcessControl {
  platform: NodeJS.Platform;
  list(): ProcessEntry[];
  signal(pid: number, signal: NodeJS.Signals): void;
  /** `taskkill /T /F`: the process and every live descendant Windows links to it. */
  taskkillTree(pid: number): void;
}

export const nativeProcessControl: ProcessControl = {
  platform: process.platform,
  list: () =>
    process.platform === 'win32'
      ? windowsProcesses()
      : [...parentMap()].map(([pid, ppid]) => ({ pid, ppid })),
  signal: trySignal,
  taskkillTree: (pid) =>
    childProcessModule().spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], {
      windowsHide: true,
      stdio: 'ignore',
    }),
};

/** Win32_Process rows with creation times (no `ps` there; Windows keeps a dead parent's pid as ParentProcessId). */
function windowsProcesses(): ProcessEntry[] {
  const script =
    'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId) ' +
    '$(([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds())" }';
  const r = childProcessModule().spawnSync(
    'powershell',
    ['-NoProfile', '-NonInteractive', '-Command', script],
    {
      encoding: 'utf8',
      windowsHide: true,
      timeout: 15_000,
    },
  );
  return (r.stdout ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pid, ppid]) => pid > 0 && Number.isFinite(ppid))
    .map(([pid, ppid, startedMs]) => ({ pid, ppid, startedMs }));
}

/** pid -> parent pid for every process we can see (Linux: /proc, elsewhere: ps). */
function parentMap(): Map<number, number> {
  const map = new Map<number, number>();
  if (process.platform === 'linux') {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so cut at the last ')'.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        map.set(Number(name), ppid);
      } catch {
        // the process ended while we looked
      }
    }
    return map;
  }
  try {
    const out = childProcessModule().execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
    for (const line of out.split('\n')) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid > 0) map.set(pid, ppid);
    }
  } catch {
    // no ps: the process group kill still covers the usual case
  }
  return map;
}

/** All descendants of `pid` (children, grandchildren...) alive right now. */
export function descendants(pid: number, table = nativeProcessControl.list()): number[] {
  const children = new Map<number, number[]>();
  for (const { pid: p, ppid: pp } of table) {
    const list = children.get(pp);
    if (list) list.push(p);
    else children.set(pp, [p]);
  }
  const found: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    for (const c of children.get(stack.pop() as number) ?? []) {
      found.push(c);
      stack.push(c);
    }
  }
  return found;
}

function trySignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone (ESRCH) or not ours (EPERM): nothing more we can do
  }
}

/**
 * Kills a process and everything it started. `group`: the process leads its own process group
 * (spawned detached), so one kill(-pid) reaches every member, including ones that are mid-fork;
 * descendants that left the group (setsid) are found by walking the process table first.
 */
export function killTree(
  pid: number,
  o: { group: boolean; signal?: NodeJS.Signals; leaderExited?: boolean } = { group: true },
  os: ProcessControl = nativeProcessControl,
): void {
  const signal = o.signal ?? 'SIGKILL';
  if (os.platform === 'win32') return killWindowsTree(pid, Boolean(o.leaderExited), os);
  // Once the leader is reaped its pid may be reused: only its group (alive while members are) is safe.
  if (o.leaderExited) {
    if (o.group) os.signal(-pid, signal);
    return;
  }
  const tree = descendants(pid, os.list());
  if (o.group) os.signal(-pid, signal);
  os.signal(pid, signal);
  for (const d of tree) os.signal(d, signal);
}

/**
 * Windows has no process groups and `taskkill /T` starts from a live process. Once the leader is gone its
 * children still name it as parent, so each is killed with its own tree; only children created while our
 * leader lived count, because a new process may have been given the leader's pid since.
 */
function killWindowsTree(pid: number, leaderExited: boolean, os: ProcessControl): void {
  if (!leaderExited) return os.taskkillTree(pid);
  const life = lifetimes.get(pid);
  if (!life) return; // not started by us: no way to tell its children from a pid reuse's
  const endedMs = life.endedMs ?? Date.now();
  for (const p of os.list()) {
    if (p.ppid !== pid || p.startedMs === undefined) continue;
    if (p.startedMs >= life.startedMs && p.startedMs <= endedMs) os.taskkillTree(p.pid);
  }
}

// Children still running when this process exits are killed with it: detached children would
// otherwise outlive us (they are in their own process group, so a terminal's Ctrl-C misses them).
const live = new Map<number, boolean>();
let exitHookInstalled = false;
/** When each child we started began and ended: the window its orphans were created in (Windows). */
const lifetimes = new Map<number, { startedMs: number; endedMs?: number }>();
const MAX_LIFETIMES = 256;

export function trackChild(pid: number, group: boolean, startedMs = Date.now()): void {
  live.set(pid, group);
  lifetimes.delete(pid);
  lifetimes.set(pid, { startedMs });
  if (lifetimes.size > MAX_LIFETIMES) lifetimes.delete(lifetimes.keys().next().value as number);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const [p, g] of live) killTree(p, { group: g });
    });
  }
}

export function untrackChild(pid: number, endedMs = Date.now()): void {
  live.delete(pid);
  const life = lifetimes.get(pid);
  if (life) life.endedMs ??= endedMs;
}
