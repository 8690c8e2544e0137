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
 * Throws for absolute paths, `..` segments and NUL bytes.
 */
export function safeEntryPath(archive: string, name: string, strip = 0): string {
  if (name.includes('\0')) throw refuse(archive, name, 'contains a NUL byte');
  if (isAbsoluteLike(name)) throw refuse(archive, name, 'has an absolute path');
  const parts = name.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.includes('..')) throw refuse(archive, name, 'climbs out of the destination with ".."');
  return parts.slice(strip).join('/');
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
