/**
 * Finding the interpreter in an unpacked PBS archive of any era (asking it what it is: python/probe.ts).
 *  - install_only[_stripped]: `python/bin/python3` (Windows: `python/python.exe`)
 *  - full: `python/install/bin/...` next to the build tree
 *  - free-threaded: `bin/python3.13t`; some builds have no `bin/python` or `bin/python3` at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isFileSync as isFile } from '../fs.js';

export interface PythonLocation {
  /** The installation prefix (what becomes `<instance>/python`). */
  root: string;
  /** The interpreter, relative to `root` (POSIX separators). */
  exe: string;
}

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
