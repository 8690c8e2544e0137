import { lstatSync, readdirSync } from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isDirSync } from '../fs.js';
import { isWindowsHost } from '../host.js';

/** `bin` on POSIX, `Scripts` on Windows. */
export function venvBinDir(venvDir: string): string {
  return path.join(venvDir, isWindowsHost() ? 'Scripts' : 'bin');
}

export function venvPython(venvDir: string): string {
  return path.join(venvBinDir(venvDir), isWindowsHost() ? 'python.exe' : 'python');
}

/** CON, PRN, AUX, NUL, COM0-9, LPT0-9 (and the superscript-digit forms) name devices in every directory. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;

/** Where this module keeps venv metadata, inside `<instanceDir>/venvs/`. Not a valid venv name. */
export const META_DIR = '.pyembed';

/**
 * Venv names become directory names: no separators, no `.`/`..`, no control characters, nothing that
 * Windows refuses, and not our metadata directory. A clear ConfigurationError otherwise.
 */
export function validateVenvName(name: string): string {
  const bad = (why: string): never => {
    throw new ConfigurationError(`Invalid virtual environment name ${JSON.stringify(name)}: ${why}.`, {
      requested: String(name),
      hint: 'Use letters, digits, ".", "_" and "-", e.g. "default" or "py311-tests".',
    });
  };
  if (typeof name !== 'string' || name.length === 0) bad('it is empty');
  if (name !== name.trim()) bad('it has leading or trailing spaces');
  if (name === '.' || name === '..' || name.includes('..')) bad('it contains ".."');
  if (/[/\\]/.test(name)) bad('it contains a path separator');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f<>:"|?*]/.test(name)) bad('it contains characters not allowed in file names');
  // Refused on every OS, so a venv made on Linux can be cloned, exported or checked out on Windows.
  if (WINDOWS_DEVICE.test(name))
    bad('it is a Windows device name (CON, NUL, COM1...), with or without extension');
  if (/[. ]$/.test(name)) bad('it ends in "." or " ", which Windows strips');
  if (name === META_DIR || name.startsWith('.tmp-')) bad('it is reserved');
  if (name.length > 100) bad('it is longer than 100 characters');
  return name;
}

/** Reads `pyvenv.cfg` as key/value pairs (keys lower-cased). */
export async function readPyvenvCfg(venvDir: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(venvDir, 'pyvenv.cfg'), 'utf8');
  } catch {
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2];
  }
  return out;
}

/** Rewrites one key of `pyvenv.cfg` in place, keeping every other line as it was. */
export async function setPyvenvCfgValue(venvDir: string, key: string, value: string): Promise<void> {
  const file = path.join(venvDir, 'pyvenv.cfg');
  const text = await fs.readFile(file, 'utf8');
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=).*$`, 'mi');
  const next = re.test(text)
    ? text.replace(re, `$1 ${value}`)
    : `${text.replace(/\n?$/, '\n')}${key} = ${value}\n`;
  await fs.writeFile(file, next);
}

/** Total bytes of a tree, symlinks counted as links (never followed). */
export async function treeSize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/**
 * `lib/python3.X/site-packages` (POSIX) or `Lib/site-packages` (Windows). Synchronous calls inside: a few
 * stats that setup makes several times per run, each a thread-pool round trip when asynchronous.
 */
export async function sitePackagesDirs(venvDir: string): Promise<string[]> {
  const out: string[] = [];
  const win = path.join(venvDir, 'Lib', 'site-packages');
  if (isDirSync(win)) out.push(win);
  for (const lib of ['lib', 'lib64']) {
    const base = path.join(venvDir, lib);
    const st = lstatSync(base, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue; // absent, or lib64 -> lib
    let names: string[] = [];
    try {
      names = readdirSync(base);
    } catch {
      continue; // unreadable: no site-packages we can use
    }
    for (const d of names) {
      const sp = path.join(base, d, 'site-packages');
      if (d.startsWith('python') && isDirSync(sp)) out.push(sp);
    }
  }
  return out;
}

/** The venv's one site-packages directory, or undefined when it has none or several. */
export async function sitePackagesDir(venvDir: string): Promise<string | undefined> {
  const dirs = await sitePackagesDirs(venvDir);
  return dirs.length === 1 ? dirs[0] : undefined;
}
