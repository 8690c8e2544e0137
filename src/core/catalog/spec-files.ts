/**
 * Where a spec comes from when none is given: `.python-version` (searched upward; first line that
 * is not a comment), `.python-versions` (every line), `.tool-versions` (the `python` entry, asdf/mise)
 * and `requires-python` in `pyproject.toml` (a range).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';

export interface SpecFromFile {
  /** The spec to resolve (the first one when the file lists several). */
  spec: string;
  /** The file it came from (absolute path). */
  source: string;
  /** Every spec the file lists (`.python-versions`, `.tool-versions` may list several). */
  specs: string[];
}

export const SPEC_FILES = [
  '.python-version',
  '.python-versions',
  '.tool-versions',
  'pyproject.toml',
] as const;

function meaningfulLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw e;
  }
}

/** Parses one spec file by its name; undefined when it names no Python version. */
export function specsFromText(fileName: string, text: string): string[] {
  const base = path.basename(fileName);
  if (base === '.tool-versions') {
    for (const line of meaningfulLines(text)) {
      const [tool, ...versions] = line.split(/\s+/);
      if (tool === 'python') return versions.filter((v) => v !== 'system');
    }
    return [];
  }
  if (base.endsWith('.toml')) {
    const doc = parseToml(text) as { project?: { 'requires-python'?: unknown } };
    const rp = doc.project?.['requires-python'];
    return typeof rp === 'string' && rp.trim() ? [rp.trim()] : [];
  }
  const lines = meaningfulLines(text);
  return base === '.python-version' ? lines.slice(0, 1) : lines;
}

/** Reads an explicit spec file (the action's `python-version-file`). */
export async function readSpecFile(file: string): Promise<SpecFromFile | undefined> {
  const abs = path.resolve(file);
  const text = await readText(abs);
  if (text === undefined) return undefined;
  const specs = specsFromText(abs, text);
  return specs.length ? { spec: specs[0], source: abs, specs } : undefined;
}

/** Searches `dir` and its parents for a spec file; the nearest directory wins, then SPEC_FILES order. */
export async function findSpecFromFiles(dir: string): Promise<SpecFromFile | undefined> {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of SPEC_FILES) {
      const found = await readSpecFile(path.join(current, name));
      if (found) return found;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
