/**
 * Where a spec comes from when none is given: a version file in one directory (the working directory,
 * like setup-python; parents are not searched) or the file the user names. Each reader returns every
 * spec the file lists, in file order; the tool's own default is `spec` (the first, as uv and asdf read
 * them). Forms: `.python-version` (lines, `#` comments, pyenv's `3.12.1/envs/name`), `.python-versions`,
 * `.tool-versions` (`python 3.12.1 3.11.7`), `pyproject.toml` (`requires-python`, else poetry's
 * `[tool.poetry.dependencies] python`), `Pipfile` (`python_full_version`, else `python_version`).
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { poetryToPep440 } from '../versions/poetry.js';

export interface SpecFromFile {
  /** The spec to resolve: the file's default (its first). */
  spec: string;
  /** The file it came from (absolute path). */
  source: string;
  /** Every spec the file lists, in file order (several for `.python-version(s)`, `.tool-versions`). */
  specs: string[];
}

/** Searched in this order in the working directory. */
export const SPEC_FILES = [
  '.python-version',
  '.python-versions',
  '.tool-versions',
  'pyproject.toml',
  'Pipfile',
] as const;

function meaningfulLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

/** pyenv's virtualenv form `3.12.1/envs/name` names the Python it was made from. */
const pyenvVersion = (line: string) => line.replace(/^([^/\s]+)\/envs\/.+$/, '$1');

/**
 * The lines of an action's multi-line `python-version` input (comments and blanks dropped); setup-python
 * makes the last one the default.
 */
export function specsFromLines(text: string): { specs: string[]; defaultSpec?: string } {
  const specs = meaningfulLines(text).map(pyenvVersion);
  return { specs, defaultSpec: specs[specs.length - 1] };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw e;
  }
}

type Table = Record<string, unknown>;
const tableAt = (doc: unknown, ...keys: string[]): Table | undefined => {
  let t = doc;
  for (const k of keys) t = t && typeof t === 'object' ? (t as Table)[k] : undefined;
  return t && typeof t === 'object' ? (t as Table) : undefined;
};
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function fromPyproject(doc: unknown): string[] {
  const rp = text(tableAt(doc, 'project')?.['requires-python']);
  if (rp) return [rp];
  const poetry = tableAt(doc, 'tool', 'poetry', 'dependencies')?.python;
  const constraint = text(poetry) ?? text(tableAt({ poetry }, 'poetry')?.version);
  const spec = constraint && poetryToPep440(constraint);
  return spec ? [spec] : [];
}

function fromPipfile(doc: unknown): string[] {
  const requires = tableAt(doc, 'requires');
  const spec = text(requires?.python_full_version) ?? text(requires?.python_version);
  return spec ? [spec] : [];
}

/** Parses one spec file by its name; an empty list when it names no Python version. */
export function specsFromText(fileName: string, body: string): string[] {
  const base = path.basename(fileName);
  if (base === '.tool-versions') {
    for (const line of meaningfulLines(body)) {
      const [tool, ...versions] = line.split(/\s+/);
      if (tool === 'python') return versions.filter((v) => v !== 'system').map(pyenvVersion);
    }
    return [];
  }
  if (base.endsWith('.toml')) return fromPyproject(parseToml(body));
  if (base === 'Pipfile') return fromPipfile(parseToml(body));
  return meaningfulLines(body)
    .map(pyenvVersion)
    .filter((l) => l !== 'system');
}

/** Reads an explicit spec file (the action's `python-version-file`). */
export async function readSpecFile(file: string): Promise<SpecFromFile | undefined> {
  const abs = path.resolve(file);
  const body = await readText(abs);
  if (body === undefined) return undefined;
  const specs = specsFromText(abs, body);
  return specs.length ? { spec: specs[0], source: abs, specs } : undefined;
}

/**
 * The first of SPEC_FILES in `dir` that names a version; parents are not searched. A found file that does not
 * parse is passed over like one naming nothing (as setup-uv does): it was not asked for, and the tool it
 * belongs to reports it; a file given explicitly (`readSpecFile`) still fails.
 */
export async function findSpecFromFiles(dir: string): Promise<SpecFromFile | undefined> {
  const current = path.resolve(dir);
  for (const name of SPEC_FILES) {
    const found = await readSpecFile(path.join(current, name)).catch(() => undefined);
    if (found) return found;
  }
  return undefined;
}
