/**
 * uv's venv layout, recorded from a venv uv made and replayed for the next venv of the same uv, interpreter
 * and options. `uv venv` costs a process start and an interpreter check (~18 ms on a warm machine) to write a
 * dozen small files; replaying them costs ~1 ms. The first venv of a (uv, interpreter, options) is always made
 * by uv itself, so uv stays the authority on what a venv holds: a new uv (or a reinstalled interpreter) is a
 * new key and gets its layout recorded again.
 *
 * Recorded only where the result is certain to be what uv would write: POSIX hosts (Windows venvs hold
 * binary launchers), no `--seed` (pip comes from the index), target paths of plain characters (no quoting
 * differences between shells), and the venv's path appearing in the files only as a quoted value.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { privateTemp, sweepDeadTemps, writeFileAtomic } from '../fs.js';
import { isWindowsHost } from '../host.js';
import type { Uv } from '../uv/uv.js';

export interface RecipeOptions {
  prompt?: string;
  relocatable?: boolean;
  seed?: boolean;
}

type Entry =
  | { path: string; dir: true }
  | { path: string; link: string }
  /** The text split at each occurrence of the venv's own path; `mode` is the permission bits. */
  | { path: string; parts: string[]; mode: number };

interface Recipe {
  key: string;
  entries: Entry[];
}

/** Characters a path may hold for the recording to apply: no quotes, spaces, `$`, `%` or backslashes. */
const PLAIN_PATH = /^\/[A-Za-z0-9._+@/-]*$/;

/**
 * A target the recording applies to: plain characters, under a directory that is its own real path (were
 * uv to write a resolved path into the scripts, a symlinked parent would make it differ from the target).
 */
function applies(target: string): boolean {
  if (!PLAIN_PATH.test(target)) return false;
  try {
    return realpathSync(path.dirname(target)) === path.dirname(target);
  } catch {
    return false;
  }
}
/** The characters around each occurrence of the venv path in uv's activate scripts. */
const QUOTES = new Set(["'", '"']);
/** More than this is not a venv uv made without --seed: don't record it. */
const MAX_BYTES = 256 * 1024;

export interface VenvRecipes {
  /** Writes the recorded layout at `target` (absent or empty); false when there is none or it cannot apply. */
  replay(target: string): Promise<boolean>;
  /** Records the venv uv just made at `target`, for the next replay. Best effort: failures are ignored. */
  record(target: string): Promise<void>;
  /** The recording's file (shown in logs). */
  file: string;
}

/** Where the product keeps the recordings: beside its private uv, in the tools directory. */
export const venvRecipesDir = (toolsDir: string) => path.join(toolsDir, 'venv-recipes');

/** The recordings for venvs `uv` makes from `pythonPath` with `o`, or undefined where they never apply. */
export async function venvRecipes(
  uv: Uv,
  pythonPath: string,
  o: RecipeOptions,
): Promise<VenvRecipes | undefined> {
  const dir = uv.options.venvRecipesDir;
  if (!dir || o.seed || isWindowsHost()) return undefined;
  // Synchronous file system calls here and in replay(): a handful of tiny ones, each a thread-pool round
  // trip when asynchronous, in a step whose whole point is to take ~1 ms instead of uv's ~18.
  const uvStat = statSync(uv.path, { throwIfNoEntry: false });
  const pyStat = statSync(pythonPath, { throwIfNoEntry: false });
  if (!uvStat || !pyStat) return undefined;
  const env = uv.env();
  // Any UV_* setting may change what `uv venv` writes; the cache location does not.
  const uvEnv = Object.keys(env)
    .filter((k) => k.startsWith('UV_') && k !== 'UV_CACHE_DIR')
    .sort()
    .map((k) => `${k}=${env[k]}`);
  const stamp = (s: { size: number; mtimeMs: number; ino: number }) => [s.size, s.mtimeMs, s.ino];
  const key = JSON.stringify({
    uv: [uv.path, ...stamp(uvStat)],
    python: [pythonPath, ...stamp(pyStat)],
    prompt: o.prompt ?? null,
    relocatable: o.relocatable === true,
    env: uvEnv,
  });
  const file = path.join(dir, `${fnv1a(key)}.json`);
  return {
    file,
    replay: async (target) => replay(file, key, target),
    record: (target) => record(file, key, target, o.relocatable === true).catch(() => undefined),
  };
}

function replay(file: string, key: string, target: string): boolean {
  if (!applies(target)) return false;
  const recipe = readRecipe(file, key);
  if (!recipe || !absentOrEmpty(target)) return false;
  sweepDeadTemps(target); // replays killed before their rename
  const tmp = privateTemp(target);
  try {
    mkdirSync(tmp);
    for (const e of recipe.entries) {
      const p = path.join(tmp, e.path);
      if ('dir' in e) mkdirSync(p);
      else if ('link' in e) symlinkSync(e.link, p);
      else writeFileSync(p, e.parts.join(target), { mode: e.mode });
    }
    // rename(2) replaces an empty directory; a venv someone else made meanwhile is left to the caller
    renameSync(tmp, target);
    return true;
  } catch {
    rmSync(tmp, { recursive: true, force: true });
    return false;
  }
}

async function record(file: string, key: string, target: string, relocatable: boolean): Promise<void> {
  if (!applies(target)) return;
  const entries: Entry[] = [];
  let bytes = 0;
  const walk = async (rel: string): Promise<boolean> => {
    for (const d of await fs.readdir(path.join(target, rel), { withFileTypes: true })) {
      const relPath = path.join(rel, d.name);
      const abs = path.join(target, relPath);
      if (d.isSymbolicLink()) {
        const link = await fs.readlink(abs);
        if (link.includes(target)) return false;
        entries.push({ path: relPath, link });
      } else if (d.isDirectory()) {
        entries.push({ path: relPath, dir: true });
        if (!(await walk(relPath))) return false;
      } else if (d.isFile()) {
        const [data, st] = await Promise.all([fs.readFile(abs), fs.stat(abs)]);
        bytes += data.length;
        const parts = textParts(data, target);
        if (!parts || bytes > MAX_BYTES) return false;
        entries.push({ path: relPath, parts, mode: st.mode & 0o777 });
      } else return false;
    }
    return true;
  };
  if (!(await walk(''))) return;
  // Without --relocatable the activate scripts name the venv; when they do not name it as given, uv wrote
  // some other form of the path, which a replay could not put right.
  if (!relocatable && !entries.some((e) => 'parts' in e && e.parts.length > 1)) return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ key, entries } satisfies Recipe));
}

/** The file's text split at the venv path, when it is text and names the path only between quotes. */
function textParts(data: Buffer, target: string): string[] | undefined {
  const text = data.toString('utf8');
  if (text.includes('\0') || !Buffer.from(text, 'utf8').equals(data)) return undefined;
  const parts = text.split(target);
  for (let i = 1; i < parts.length; i++) {
    if (!QUOTES.has(parts[i - 1].slice(-1)) || !QUOTES.has(parts[i].charAt(0))) return undefined;
  }
  return parts;
}

function readRecipe(file: string, key: string): Recipe | undefined {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Recipe;
    // another key hashing to the same name, or a damaged file: uv makes the venv and records it again
    return r.key === key && Array.isArray(r.entries) && r.entries.every(validEntry) ? r : undefined;
  } catch {
    return undefined;
  }
}

function validEntry(e: Entry): boolean {
  if (typeof e?.path !== 'string' || path.isAbsolute(e.path) || e.path.split('/').includes('..'))
    return false;
  if ('dir' in e) return e.dir === true;
  if ('link' in e) return typeof e.link === 'string';
  return Array.isArray(e.parts) && e.parts.every((p) => typeof p === 'string') && Number.isInteger(e.mode);
}

function absentOrEmpty(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
