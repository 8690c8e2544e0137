import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { globFiles } from './glob.js';

/** Bump when the cached content changes meaning (layout, prune policy). */
export const CACHE_KEY_VERSION = '1';
/** @actions/cache rejects longer keys. */
export const MAX_KEY_LENGTH = 512;

export interface CacheKeyParts {
  os: string;
  arch: string;
  libc: string;
  /** The resolved build, e.g. `cpython-3.11.7-linux-x86_64-gnu` + `20240107`. */
  pythonKey: string;
  pythonBuild: string;
  uvVersion: string;
  /** Hash of the dependency files; undefined = none found. */
  depsHash?: string;
  /** Anything else that changes what lands in the cache (index URLs): hashed, never shown. */
  salt?: string;
}

const enc = (s: string) => encodeURIComponent(s);
const short = (s: string, n = 16) => createHash('sha256').update(s).digest('hex').slice(0, n);

/**
 * `pyembed-uv-1-<os>-<arch>-<libc>-<python key>-<build>-uv<version>-<deps>[-<salt>]`. User-influenced parts are
 * URL-encoded (a spec like `>=3.11,<3.13` must not put a comma in the key) and the key never exceeds 512 chars.
 */
export function uvCacheKey(p: CacheKeyParts): { primary: string; restorePrefix: string } {
  const restorePrefix = [
    `pyembed-uv-${CACHE_KEY_VERSION}`,
    enc(p.os),
    enc(p.arch),
    enc(p.libc),
    enc(p.pythonKey),
    enc(p.pythonBuild),
    `uv${enc(p.uvVersion)}`,
  ].join('-');
  let primary = `${restorePrefix}-${p.depsHash ?? 'no-deps'}${p.salt ? `-${short(p.salt, 8)}` : ''}`;
  if (primary.length > MAX_KEY_LENGTH) primary = `pyembed-uv-${CACHE_KEY_VERSION}-${short(primary, 64)}`;
  return { primary, restorePrefix: restorePrefix.length < MAX_KEY_LENGTH ? `${restorePrefix}-` : primary };
}

async function fileSha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * The dependency files: the `cache-dependency-glob` matches, else the requirements/constraints/pyproject
 * inputs (and a `uv.lock` next to the pyproject). Returns the files and one hash over names and contents.
 */
export async function hashDependencyFiles(o: {
  globs: string[];
  explicit: string[];
  cwd: string;
  skipDirs?: string[];
}): Promise<{ files: string[]; hash?: string }> {
  let files: string[];
  if (o.globs.length) {
    files = await globFiles(o.globs, o.cwd, o.skipDirs);
  } else {
    const candidates = [...o.explicit];
    for (const f of o.explicit) {
      if (path.basename(f) === 'pyproject.toml') candidates.push(path.join(path.dirname(f), 'uv.lock'));
    }
    files = [];
    for (const f of [...new Set(candidates)].sort()) {
      const st = await fs.stat(f).catch(() => undefined);
      if (st?.isFile()) files.push(f);
    }
  }
  if (!files.length) return { files };
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(o.cwd, f)}\0${await fileSha256(f)}\n`);
  return { files, hash: h.digest('hex').slice(0, 32) };
}
