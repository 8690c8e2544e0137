import { fs } from '../core/async-fs.js';
import path from 'node:path';
import { globFiles } from './glob.js';
import { sha256 } from '../core/builtins.js';
import { sha256File } from '../core/fs.js';

/** Bump when the cached content changes meaning (layout, prune policy). */
export const CACHE_KEY_VERSION = '2';
/** @actions/cache rejects longer keys. */
export const MAX_KEY_LENGTH = 512;

/** What setup-uv hashes by default: the files that decide what is installed, relative to working-directory. */
export const DEFAULT_DEPENDENCY_GLOBS = [
  '**/uv.lock',
  '**/pyproject.toml',
  '**/requirements*.txt',
  '**/requirements*.in',
  '**/constraints*.txt',
  '**/pylock*.toml',
];

export interface CacheKeyParts {
  os: string;
  /** OS name and version (`ubuntu24-20250105.1`, `debian-12`, `macos-15.1`): see os-version.ts. */
  osVersion: string;
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
  /** The `cache-suffix` input: part of the restore prefix, so two suffixes never share a cache. */
  suffix?: string;
}

const enc = (s: string) => encodeURIComponent(s);
const short = (s: string, n = 16) => sha256().update(s).digest('hex').slice(0, n);

/**
 * `pyembed-uv-2-<os>-<os version>-<arch>-<libc>-<python key>-<build>-uv<version>[-<suffix>]-<deps>[-<salt>]`.
 * A key that misses restores the newest cache sharing everything but the dependencies. User-influenced parts are
 * URL-encoded (a spec like `>=3.11,<3.13` must not put a comma in the key) and the key never exceeds 512 chars.
 */
export function uvCacheKey(p: CacheKeyParts): { primary: string; restorePrefix: string } {
  const restorePrefix = [
    `pyembed-uv-${CACHE_KEY_VERSION}`,
    enc(p.os),
    enc(p.osVersion),
    enc(p.arch),
    enc(p.libc),
    enc(p.pythonKey),
    enc(p.pythonBuild),
    `uv${enc(p.uvVersion)}`,
    ...(p.suffix ? [enc(p.suffix)] : []),
  ].join('-');
  let primary = `${restorePrefix}-${p.depsHash ?? 'no-deps'}${p.salt ? `-${short(p.salt, 8)}` : ''}`;
  if (primary.length > MAX_KEY_LENGTH) primary = `pyembed-uv-${CACHE_KEY_VERSION}-${short(primary, 64)}`;
  return { primary, restorePrefix: restorePrefix.length < MAX_KEY_LENGTH ? `${restorePrefix}-` : primary };
}

/**
 * The Python cache's key: the build (tool-cache arch names platform, build, variant, flavour) and the OS
 * version, so a build restored on another image is never reused (`pyembed-python-1-<os version>-<arch>-<version>`).
 */
export function pythonCacheKey(o: { osVersion: string; toolCacheArch: string; version: string }): string {
  const key = ['pyembed-python-1', enc(o.osVersion), enc(o.toolCacheArch), enc(o.version)].join('-');
  return key.length > MAX_KEY_LENGTH ? `pyembed-python-1-${short(key, 64)}` : key;
}

/**
 * The dependency files: the `cache-dependency-glob` matches (setup-uv's default globs when it is empty)
 * and, when no glob was given, also the requirements/constraints/pyproject inputs (and a `uv.lock` next to
 * the pyproject) wherever they are. Returns the files and one hash over names and contents.
 */
export async function hashDependencyFiles(o: {
  globs: string[];
  explicit: string[];
  cwd: string;
  skipDirs?: string[];
}): Promise<{ files: string[]; hash?: string }> {
  const matched = await globFiles(o.globs.length ? o.globs : DEFAULT_DEPENDENCY_GLOBS, o.cwd, o.skipDirs);
  const candidates = o.globs.length ? [] : [...o.explicit];
  for (const f of candidates.slice()) {
    if (path.basename(f) === 'pyproject.toml') candidates.push(path.join(path.dirname(f), 'uv.lock'));
  }
  const files = new Set(matched);
  for (const f of candidates) {
    const st = await fs.stat(f).catch(() => undefined);
    if (st?.isFile()) files.add(path.resolve(f));
  }
  return hashFiles([...files].sort(), o.cwd);
}

async function hashFiles(files: string[], cwd: string): Promise<{ files: string[]; hash?: string }> {
  if (!files.length) return { files };
  const h = sha256();
  for (const f of files) h.update(`${path.relative(cwd, f)}\0${await sha256File(f)}\n`);
  return { files, hash: h.digest('hex').slice(0, 32) };
}
