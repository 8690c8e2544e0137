import { statSync } from 'node:fs';
import os from 'node:os';
import { ConfigurationError } from '../errors.js';
import { findOnPathSync } from '../fs.js';
import { spawnError } from './result.js';
import type { MemoryLimitMethod, Priority, RunLimits, RunOptions } from './types.js';
import { childProcessModule } from '../builtins.js';

let prlimitPath: string | null | undefined;
let shUlimitWorks: boolean | undefined;

function prlimit(): string | undefined {
  if (prlimitPath === undefined) {
    // sbin dirs too: some distros keep util-linux's prlimit there and off a user's PATH.
    const found = findOnPathSync('prlimit', `${process.env.PATH ?? ''}:/usr/bin:/bin:/usr/sbin:/sbin`);
    prlimitPath = found ?? null;
  }
  return prlimitPath ?? undefined;
}

function shUlimit(): boolean {
  // `ulimit -v` is not POSIX; dash, bash, busybox ash and zsh have it. Probe once.
  shUlimitWorks ??=
    childProcessModule().spawnSync('/bin/sh', ['-c', 'ulimit -v 4194304'], { stdio: 'ignore' }).status === 0;
  return shUlimitWorks;
}

/** RLIMIT_AS is enforced by Linux and the BSDs; macOS accepts the call but never enforces it; Windows has none. */
export function memoryLimitSupported(): boolean {
  return process.platform !== 'win32' && process.platform !== 'darwin';
}

// Sets the limit in a throwaway interpreter which then becomes the real command (same pid).
const PYTHON_PREAMBLE =
  'import os,resource,sys;n=int(sys.argv[1]);resource.setrlimit(resource.RLIMIT_AS,(n,n));' +
  'os.execvp(sys.argv[2],sys.argv[2:])';

export interface Wrapped {
  command: string;
  args: string[];
  method?: Exclude<MemoryLimitMethod, 'auto'>;
}

/**
 * Rewrites `command args` so the child starts with RLIMIT_AS = maxMemoryMB. Each wrapper exec()s the
 * real command, so the pid (and process group) stays the child's and the limit is inherited by
 * everything it starts. `python`: an interpreter for the preamble method (runPython passes its own).
 */
export function wrapWithMemoryLimit(
  command: string,
  args: string[],
  maxMemoryMB: number,
  method: MemoryLimitMethod = 'auto',
  python?: string,
): Wrapped {
  if (!Number.isFinite(maxMemoryMB) || maxMemoryMB <= 0) {
    throw new ConfigurationError(`maxMemoryMB must be a positive number, got ${maxMemoryMB}.`, {
      requested: String(maxMemoryMB),
      hint: 'Pass the limit in mebibytes, e.g. maxMemoryMB: 512.',
    });
  }
  if (!memoryLimitSupported()) return { command, args };
  const bytes = Math.floor(maxMemoryMB * 1024 * 1024);
  const order: Exclude<MemoryLimitMethod, 'auto'>[] =
    method === 'auto' ? ['prlimit', 'ulimit', 'python'] : [method];
  for (const m of order) {
    if (m === 'prlimit' && prlimit()) {
      return { command: prlimit() as string, args: [`--as=${bytes}`, '--', command, ...args], method: m };
    }
    if (m === 'ulimit' && shUlimit()) {
      const kib = Math.floor(bytes / 1024);
      // exit 126 if the shell refuses: the command never runs without its limit.
      const script = `ulimit -v ${kib} || exit 126; exec "$@"`;
      return { command: '/bin/sh', args: ['-c', script, 'sh', command, ...args], method: m };
    }
    if (m === 'python' && python) {
      return {
        command: python,
        args: ['-I', '-S', '-c', PYTHON_PREAMBLE, String(bytes), command, ...args],
        method: m,
      };
    }
  }
  return { command, args };
}

const PRIORITY_NAMES: Record<Exclude<Priority, number>, number> = {
  idle: os.constants.priority.PRIORITY_LOW,
  'below-normal': os.constants.priority.PRIORITY_BELOW_NORMAL,
  normal: os.constants.priority.PRIORITY_NORMAL,
  'above-normal': os.constants.priority.PRIORITY_ABOVE_NORMAL,
  high: os.constants.priority.PRIORITY_HIGH,
  highest: os.constants.priority.PRIORITY_HIGHEST,
};

export function niceValue(p: Priority): number {
  const n = typeof p === 'number' ? p : PRIORITY_NAMES[p];
  if (!Number.isInteger(n) || n < -20 || n > 19) {
    throw new ConfigurationError(`Invalid priority ${JSON.stringify(p)}.`, {
      requested: String(p),
      available: [...Object.keys(PRIORITY_NAMES), '-20..19'],
      hint: 'Use a nice value from -20 (highest) to 19 (lowest) or a named class.',
    });
  }
  return n;
}

/**
 * Starts `command args` already at niceness `nice` on POSIX (coreutils/busybox `nice` exec()s it, same
 * pid), so the first instruction runs at that priority: setting it after spawn races the child.
 * Only when lowering priority (a raise needs privileges and is tried after spawn instead). `nice -n` is
 * relative to the niceness it finds, so a niced child must not also get the after-spawn setPriority.
 */
export function wrapWithNice(
  command: string,
  args: string[],
  nice: number,
): { command: string; args: string[]; niced?: true } {
  if (process.platform === 'win32') return { command, args };
  const delta = nice - os.getPriority();
  const bin = delta > 0 ? findOnPathSync('nice', `${process.env.PATH ?? ''}:/usr/bin:/bin`) : undefined;
  return bin
    ? { command: bin, args: ['-n', String(delta), '--', command, ...args], niced: true }
    : { command, args };
}

/**
 * Sets the child's niceness right after spawn (children it forks later inherit it). os.setPriority
 * maps nice values to priority classes on Windows, so this is the portable way.
 */
export function applyPriority(pid: number, nice: number): RunLimits['priority'] {
  try {
    os.setPriority(pid, nice);
    return 'applied';
  } catch (e) {
    // Node wraps the errno: { code: 'ERR_SYSTEM_ERROR', info: { code: 'EACCES' } }.
    const err = e as NodeJS.ErrnoException & { info?: { code?: string } };
    const code = err.info?.code ?? err.code ?? '';
    return code === 'EACCES' || code === 'EPERM' ? 'denied' : 'unsupported';
  }
}

export interface Launch {
  command: string;
  args: string[];
  limits: RunLimits;
  /** The nice value still to apply after spawn (when no `nice` wrapper applied it). */
  niceAfterSpawn?: number;
}

/**
 * The command as it is really started: wrapped in the memory-limit preamble and/or `nice` when asked. A
 * wrapper would report a missing command as its own exit 127, so the command is checked first, once.
 */
export function wrapLimits(
  command: string,
  args: string[],
  o: RunOptions,
  python: string | undefined,
  envPath?: string,
): Launch {
  const launch: Launch = { command, args, limits: { memory: 'not-requested', priority: 'not-requested' } };
  let wrapped = false;
  if (o.maxMemoryMB !== undefined) {
    const w = wrapWithMemoryLimit(command, args, o.maxMemoryMB, o.memoryLimitMethod, python);
    launch.limits.memory = w.method ? 'enforced' : 'unsupported';
    if (w.method) launch.limits.memoryMethod = w.method;
    wrapped = Boolean(w.method);
    ({ command: launch.command, args: launch.args } = w);
  }
  if (o.priority !== undefined) {
    const nice = niceValue(o.priority);
    const w = wrapWithNice(launch.command, launch.args, nice);
    ({ command: launch.command, args: launch.args } = w);
    if (w.niced) {
      launch.limits.priority = 'applied';
      wrapped = true;
    } else launch.niceAfterSpawn = nice;
  }
  if (wrapped && !isExecutable(command, envPath)) {
    throw spawnError(
      [command, ...args],
      new Error('no such executable'),
      'Check the path of the command (or PATH).',
    );
  }
  return launch;
}

function isExecutable(command: string, envPath: string | undefined): boolean {
  if (command.includes('/') || command.includes('\\')) {
    try {
      return statSync(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== undefined;
}
