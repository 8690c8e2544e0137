/**
 * Asking an interpreter what it is, the one way every layer does it (install checks a fresh build,
 * packages report version info, diagnose checks instances and venvs). The interpreter runs isolated:
 * `-I` and an environment without the caller's Python settings, so it reports itself as installed,
 * not as the caller's shell bends it.
 */
import { PythonInstallationError } from '../errors.js';
import { spawnCapture, type CapturedRun } from '../uv/spawn.js';

/** Variables that change which interpreter, prefix or import path a Python run sees. */
const DROPPED_EXACT = new Set(['VIRTUAL_ENV', 'VIRTUAL_ENV_PROMPT', 'CONDA_PREFIX', '__PYVENV_LAUNCHER__']);

/**
 * True for a variable the isolated environment drops: every `PYTHON*` variable (PYTHONHOME, PYTHONPATH,
 * PYTHONSTARTUP, PYTHONUSERBASE, PYTHONSAFEPATH, PYTHONEXECUTABLE, ...) and the activation variables of
 * venvs and conda. Windows environment names are case-insensitive, so the test is too.
 */
export function isPythonEnvironmentVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.startsWith('PYTHON') || DROPPED_EXACT.has(upper);
}

/** A copy of `base` without the variables `isPythonEnvironmentVariable` names. */
export function isolatedPythonEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!isPythonEnvironmentVariable(k)) env[k] = v;
  return env;
}

export interface IsolatedRunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Runs `python -I <args>` in the isolated environment; a non-zero exit is a result, not an exception. */
export function runIsolated(
  python: string,
  args: string[],
  o: IsolatedRunOptions = {},
): Promise<CapturedRun> {
  return spawnCapture(python, ['-I', ...args], {
    signal: o.signal,
    timeoutMs: o.timeoutMs ?? 60_000,
    env: isolatedPythonEnv(),
  });
}

export interface PythonProbe {
  /** `platform.python_version()`: `3.12.5`, `3.13.0rc1`. */
  version: string;
  /** `sys.version_info`: `[3, 12, 5, "final", 0]`. */
  versionInfo: [number, number, number, string, number];
  implementation: string;
  executable: string;
  prefix: string;
  basePrefix: string;
  /** `sys.platform`: `linux`, `darwin`, `win32`. */
  platform: string;
  /** `sys.version`, the full build banner. */
  sysVersion: string;
  /** `platform.machine()`: `x86_64`, `arm64`, `AMD64`. */
  machine: string;
  freethreaded: boolean;
  debug: boolean;
  /** Of the modules asked for (`modules`), those that fail to import. */
  missingModules: string[];
}

// Only modules a bare start has loaded already: `json`, `platform` and `sysconfig` took the probe from 12 to
// 23 ms (re, enum, the sysconfig data), and every install runs it. The answer is JSON escaped by hand, ASCII
// only as json.dumps writes it (a path that is not valid UTF-8 still prints); the version is
// platform.python_version()'s, built from sys.version_info; Windows has no os.uname or sys.abiflags.
export const PROBE_SCRIPT = String.raw`import os, sys
def q(s):
    out = []
    for c in s:
        o = ord(c)
        if 32 <= o < 127 and c != '"' and c != '\\': out.append(c)
        elif o > 0xFFFF: out.append('\\u%04x\\u%04x' % (0xD7C0 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else: out.append('\\u%04x' % o)
    return '"' + ''.join(out) + '"'
v = sys.version_info
tag = {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}.get(v[3])
version = '%d.%d.%d' % tuple(v[:3]) + (tag + str(v[4]) if tag else '')
if os.name == 'nt' or not hasattr(sys, 'abiflags'):
    import platform, sysconfig
    machine, ft = platform.machine(), bool(sysconfig.get_config_var('Py_GIL_DISABLED'))
else:
    machine, ft = os.uname().machine, 't' in sys.abiflags
missing = []
for m in sys.argv[1:]:
    try: __import__(m)
    except Exception: missing.append(m)
b = lambda x: 'true' if x else 'false'
print('{"version": %s, "versionInfo": [%d, %d, %d, %s, %d], "implementation": %s, "executable": %s, '
  '"prefix": %s, "basePrefix": %s, "platform": %s, "sysVersion": %s, "machine": %s, "freethreaded": %s, '
  '"debug": %s, "missingModules": [%s]}' % (q(version), v[0], v[1], v[2], q(v[3]), v[4],
  q(sys.implementation.name), q(sys.executable), q(sys.prefix), q(sys.base_prefix), q(sys.platform),
  q(sys.version), q(machine), b(ft), b(hasattr(sys, 'gettotalrefcount')), ', '.join(q(m) for m in missing)))`;

export interface ProbeOptions extends IsolatedRunOptions {
  /** Modules to try importing; those that fail are listed in `missingModules` (none by default: imports cost time). */
  modules?: string[];
}

/**
 * Runs the interpreter once, isolated, and returns what it reports. Throws PythonInstallationError when
 * it does not start, exits with an error, or prints something that is not the probe's answer.
 */
export async function probeInterpreter(python: string, o: ProbeOptions = {}): Promise<PythonProbe> {
  let r: CapturedRun;
  try {
    r = await runIsolated(python, ['-c', PROBE_SCRIPT, ...(o.modules ?? [])], o);
  } catch (e) {
    throw doesNotRun(python, (e as Error).message, '');
  }
  if (r.exitCode !== 0 || r.killed) {
    const why = r.killed === 'timeout' ? 'no answer in time' : `exit code ${r.exitCode}`;
    throw doesNotRun(python, r.stderr.trim().split('\n').pop() || why, r.stderr);
  }
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as PythonProbe;
  } catch {
    throw new PythonInstallationError(`The interpreter ${python} gave no readable answer.`, {
      requested: python,
      stdout: r.stdout,
    });
  }
}

function doesNotRun(python: string, why: string, stderr: string): PythonInstallationError {
  return new PythonInstallationError(`The interpreter ${python} does not run: ${why}`, {
    requested: python,
    reason: why,
    stderr: stderr.trim().slice(-2000),
    hint: 'The build may not suit this machine (libc, CPU) or the files are damaged; reinstall it.',
  });
}
