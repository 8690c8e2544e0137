import { fs } from '../core/async-fs.js';
import path from 'node:path';

/** Directories never worth walking for dependency files. */
const SKIP = new Set(['.git', 'node_modules', '.venv', '__pycache__', '.tox', '.nox', '.mypy_cache']);

/** `**` any depth, `*` and `?` within one path segment; `!pattern` excludes. Forward slashes only. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Files under `cwd` matching the patterns (relative to `cwd`, or absolute inside it), sorted.
 * A small walker instead of a glob dependency: the runner only needs this for cache keys.
 */
export async function globFiles(
  patterns: string[],
  cwd: string,
  extraSkip: string[] = [],
): Promise<string[]> {
  const norm = (p: string) =>
    (path.isAbsolute(p) ? path.relative(cwd, p) : p).split(path.sep).join('/').replace(/^\.\//, '');
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => globToRegExp(norm(p)));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(norm(p.slice(1))));
  const skipAbs = new Set(extraSkip.map((p) => path.resolve(p)));
  const out: string[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !skipAbs.has(abs)) await walk(abs, r);
      } else if (e.isFile() && include.some((x) => x.test(r)) && !exclude.some((x) => x.test(r))) {
        out.push(abs);
      }
    }
  }
  await walk(cwd, '');
  return out.sort();
}
