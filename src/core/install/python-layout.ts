/**
 * Finding the interpreter in an unpacked PBS archive of any era, and asking it what it is.
 *  - install_only[_stripped]: `python/bin/python3` (Windows: `python/python.exe`)
 *  - full: `python/install/bin/...` next to the build tree
 *  - free-threaded: `bin/python3.13t`; some builds have no `bin/python` or `bin/python3` at all.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PythonInstallationError } from '../errors.js';

export interface PythonLocation {
  /** The installation prefix (what becomes `<instance>/python`). */
  root: string;
  /** The interpreter, relative to `root` (POSIX separators). */
  exe: string;
}

const isFile = (p: string) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The interpreter inside an installation prefix, relative to it; undefined when there is none. */
export function findInterpreter(root: string): string | undefined {
  for (const exe of ['python.exe', 'bin/python3', 'bin/python']) if (isFile(path.join(root, exe))) return exe;
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(root, 'bin'));
  } catch {
    return undefined;
  }
  // python3.13 before python3.13t before python3.13d: the plainest build the prefix has.
  const versioned = names
    .filter((n) => /^python3\.\d+[td]*$/.test(n))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  const hit = versioned.find((n) => isFile(path.join(root, 'bin', n)));
  return hit ? `bin/${hit}` : undefined;
}

/** Locates the prefix in an extraction dir: `python/install` (full), `python`, or the dir itself. */
export function locatePython(extracted: string): PythonLocation | undefined {
  for (const rel of ['python/install', 'python', '.', 'install']) {
    const root = path.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: path.normalize(root), exe };
  }
  return undefined;
}

export interface PythonProbe {
  /** `platform.python_version()`: `3.12.5`, `3.13.0rc1`. */
  version: string;
  implementation: string;
  prefix: string;
  executable: string;
  freethreaded: boolean;
  debug: boolean;
  machine: string;
}

const PROBE = [
  'import sys, json, platform, sysconfig',
  'print(json.dumps({"version": platform.python_version(), "implementation": sys.implementation.name,',
  ' "prefix": sys.prefix, "executable": sys.executable,',
  ' "freethreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),',
  ' "debug": hasattr(sys, "gettotalrefcount"), "machine": platform.machine()}))',
].join('\n');

/** Runs the interpreter once, isolated from the user's PYTHON* settings, and returns what it reports. */
export function probePython(pythonPath: string, o: { timeoutMs?: number } = {}): Promise<PythonProbe> {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PYTHON') || k === 'VIRTUAL_ENV') delete env[k];
  return new Promise((resolve, reject) => {
    execFile(
      pythonPath,
      ['-I', '-c', PROBE],
      { env, timeout: o.timeoutMs ?? 60_000, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          return reject(
            new PythonInstallationError(
              `The interpreter ${pythonPath} does not run: ${err.message.split('\n')[0]}`,
              {
                requested: pythonPath,
                stderr: stderr.trim().slice(-2000),
                hint: 'The build may not suit this machine (libc, CPU) or the files are damaged; reinstall it.',
              },
            ),
          );
        }
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as PythonProbe);
        } catch {
          reject(
            new PythonInstallationError(`The interpreter ${pythonPath} gave no readable answer.`, {
              requested: pythonPath,
              stdout,
            }),
          );
        }
      },
    );
  });
}
