import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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
    const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
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
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [p, pp] of parentMap()) {
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
): void {
  const signal = o.signal ?? 'SIGKILL';
  // Once the leader is reaped its pid may be reused: only its group (alive while members are) is safe.
  if (o.leaderExited) {
    if (o.group && process.platform !== 'win32') trySignal(-pid, signal);
    return;
  }
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true, stdio: 'ignore' });
    return;
  }
  const tree = descendants(pid);
  if (o.group) trySignal(-pid, signal);
  trySignal(pid, signal);
  for (const d of tree) trySignal(d, signal);
}

// Children still running when this process exits are killed with it: detached children would
// otherwise outlive us (they are in their own process group, so a terminal's Ctrl-C misses them).
const live = new Map<number, boolean>();
let exitHookInstalled = false;

export function trackChild(pid: number, group: boolean): void {
  live.set(pid, group);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const [p, g] of live) killTree(p, { group: g });
    });
  }
}

export function untrackChild(pid: number): void {
  live.delete(pid);
}
