/**
 * Finding the interpreter in an unpacked archive (asking it what it is: python/probe.ts).
 *  - PBS install_only[_stripped]: `python/bin/python3` (Windows: `python/python.exe`)
 *  - PBS full: `python/install/bin/...` next to the build tree
 *  - PBS free-threaded: `bin/python3.13t`; some builds have no `bin/python` or `bin/python3` at all, and
 *    Windows ones before PBS #373 no `python.exe`, only `python3.13t.exe`.
 *  - PyPy: one top directory `pypy3.10-v7.3.19-linux64/` with `bin/pypy3` (and `bin/pypy3.10`, `lib/pypy3.10`);
 *    Windows: `pypy3.10-v7.3.19-win64/pypy3.exe` beside `python.exe`
 *  - GraalPy: one top directory `graalpy-24.2.2-linux-amd64/` with `bin/graalpy` (Windows `bin/graalpy.exe`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { isFileSync as isFile } from '../fs.js';
import { isWindowsHost } from '../host.js';
import { compareText } from '../text.js';

export interface PythonLocation {
  /** The installation prefix (what becomes `<instance>/python`). */
  root: string;
  /** The interpreter, relative to `root` (POSIX separators). */
  exe: string;
}

/** The interpreter inside an installation prefix, relative to it; undefined when there is none. */
export function findInterpreter(root: string): string | undefined {
  // the implementation's own name first: PyPy and GraalPy also ship `python3` links to it
  const named = ['pypy3.exe', 'bin/pypy3', 'bin/graalpy', 'bin/graalpy.exe'];
  for (const exe of [...named, 'python.exe', 'bin/python3', 'bin/python']) {
    if (isFile(path.join(root, exe))) return exe;
  }
  // Windows free-threaded builds before python-build-standalone #373 ship only `python3.13t.exe`.
  return (
    plainestVersioned(root, '', /^python3(\.\d+)?[td]*\.exe$/i) ??
    plainestVersioned(root, 'bin', /^python3\.\d+[td]*$/)
  );
}

/** python3.13 before python3.13t before python3.13d: the plainest build the directory has. */
function plainestVersioned(root: string, dir: string, pattern: RegExp): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(root, dir));
  } catch {
    return undefined;
  }
  const versioned = names
    .filter((n) => pattern.test(n))
    .sort((a, b) => a.length - b.length || compareText(a, b));
  const hit = versioned.find((n) => isFile(path.join(root, dir, n)));
  return hit === undefined ? undefined : dir ? `${dir}/${hit}` : hit;
}

/**
 * Locates the prefix in an extraction dir: `python/install` (full), `python`, the dir itself, or its one
 * top directory (PyPy's and GraalPy's release layout).
 */
export function locatePython(extracted: string): PythonLocation | undefined {
  for (const rel of ['python/install', 'python', '.', 'install', soleDirectory(extracted)]) {
    if (rel === undefined) continue;
    const root = path.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: path.normalize(root), exe };
  }
  return undefined;
}

/**
 * The PATH entries that make an installation's commands runnable without a venv (setup-python's choice):
 * the interpreter's directory, and on Windows also `Scripts`, where pip and entry points of packages
 * installed into the base interpreter land.
 */
export function interpreterPathEntries(pythonPath: string): string[] {
  const dir = path.dirname(pythonPath);
  if (!isWindowsHost()) return [dir];
  return [dir, path.join(dir, 'Scripts')];
}

function soleDirectory(dir: string): string | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  return entries.length === 1 && entries[0].isDirectory() ? entries[0].name : undefined;
}
