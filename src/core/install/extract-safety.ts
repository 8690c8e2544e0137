/**
 * Path rules for archive entries: nothing may land or point outside the extraction root.
 * Pure functions, so the rules are tested without archives.
 */
import { PythonInstallationError } from '../errors.js';

export function refuse(archive: string, entry: string, why: string): PythonInstallationError {
  return new PythonInstallationError(`Refusing to extract ${archive}: entry "${entry}" ${why}.`, {
    requested: archive,
    entry,
    hint: 'The archive is malformed or malicious; nothing was extracted. Get it again from a trusted source.',
  });
}

function isAbsoluteLike(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[a-zA-Z]:/.test(p);
}

/**
 * Root-relative POSIX path of an entry after `strip` leading components, '' when stripped away.
 * Throws for absolute paths, `..` segments, control characters and names Windows would misread.
 */
export function safeEntryPath(archive: string, name: string, strip = 0): string {
  if (name.includes('\0')) throw refuse(archive, name, 'contains a NUL byte');
  if (isAbsoluteLike(name)) throw refuse(archive, name, 'has an absolute path');
  const parts = name.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.includes('..')) throw refuse(archive, name, 'climbs out of the destination with ".."');
  for (const part of parts) {
    const why = unportableName(part);
    if (why) throw refuse(archive, printable(name), why);
  }
  return parts.slice(strip).join('/');
}

/** CON, PRN, AUX, NUL, COM1-9, LPT1-9 (also with superscript digits): devices on Windows, with any extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])(\..*)?$/i;

/**
 * Why one path component is refused, or undefined. No real Python tree has these; they break logs and
 * file lists (control characters) or mean something else to a Windows extraction: `a:b` writes an
 * alternate data stream of `a`, `NUL.txt` is the null device, `x.` and `x ` name the file `x`.
 */
export function unportableName(part: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(part)) return 'contains a control character';
  if (part.includes(':')) return 'contains ":" (an NTFS alternate data stream on Windows)';
  if (WINDOWS_DEVICE.test(part)) return `uses "${part}", a reserved device name on Windows`;
  if (/[. ]$/.test(part)) return 'ends in a dot or a space (Windows would drop it and name another file)';
  return undefined;
}

/** The entry name as it can be shown in one log line: control characters written as \xNN. */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Permission bits an extracted file or directory gets: at most 0755, whatever the archive says. No
 * group/other write (another local user could plant modules in the interpreter), no setuid/setgid/sticky.
 * Directories stay searchable and writable by their owner.
 */
export function clampMode(mode: number, isDir: boolean): number {
  const m = mode & 0o755;
  return isDir ? m | 0o700 : m;
}

/**
 * Where a symlink at `linkRel` with target `target` ends up, following the archive's other symlinks
 * (`links`: root-relative path -> target) like realpath would. Undefined when it leaves the root.
 * Following the other links matters: `d -> .` plus `x -> d/..` is lexically inside but really escapes.
 */
export function resolveLinkInside(
  linkRel: string,
  target: string,
  links: Map<string, string>,
): string[] | undefined {
  if (isAbsoluteLike(target)) return undefined;
  // The link's own directory is walked too: one of its parents may itself be a symlink of the archive.
  const dir = linkRel.split('/').slice(0, -1).join('/');
  return walk([], dir ? `${dir}/${target}` : target, links, 0);
}

function walk(
  base: string[],
  target: string,
  links: Map<string, string>,
  depth: number,
): string[] | undefined {
  if (depth > 40 || isAbsoluteLike(target)) return undefined;
  let cur = [...base];
  for (const comp of target.split(/[\\/]+/)) {
    if (!comp || comp === '.') continue;
    if (comp === '..') {
      if (!cur.length) return undefined;
      cur.pop();
      continue;
    }
    cur.push(comp);
    const next = links.get(cur.join('/'));
    if (next !== undefined) {
      const resolved = walk(cur.slice(0, -1), next, links, depth + 1);
      if (!resolved) return undefined;
      cur = resolved;
    }
  }
  return cur;
}
