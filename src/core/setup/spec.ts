import path from 'node:path';
import { findSpecFromFiles, readSpecFile, specsFromLines, type SpecFromFile } from '../catalog/spec-files.js';
import { ConfigurationError } from '../errors.js';

/**
 * The default spec, and why: the explicit spec (the last of several); else the given version file; else a
 * version file in cwd only, never its parents (`.python-version`, `.python-versions`, `.tool-versions`, pyproject, Pipfile); else
 * the default.
 */
export async function chooseSpec(o: ChooseSpecOptions): Promise<RequestedPython> {
  return (await chooseSpecs(o)).at(-1)!;
}

export interface RequestedPython {
  spec: string;
  /** Why it was chosen: `input`, a version file's path, `default`... */
  source: string;
}

export interface ChooseSpecOptions {
  /** One spec, several lines (one spec each, like setup-python's multi-line input), or a list. */
  python?: string | string[];
  pythonSource?: string;
  pythonVersionFile?: string;
  defaultPython?: string;
  cwd: string;
}

/**
 * Every Python to install, in install order; the last is the default (setup-python's rule for several
 * lines); duplicates are dropped. Only given specs can be several: a version file gives its own default
 * (its first, as uv reads it), never its whole list.
 */
export async function chooseSpecs(o: ChooseSpecOptions): Promise<RequestedPython[]> {
  const given = Array.isArray(o.python)
    ? o.python.map((s) => s.trim()).filter(Boolean)
    : specsFromLines(o.python ?? '').specs;
  if (given.length) return unique(given).map((spec) => ({ spec, source: o.pythonSource ?? 'input' }));
  const found = await fromFiles(o);
  return [
    found
      ? { spec: found.spec, source: found.source }
      : { spec: o.defaultPython ?? '3.12', source: 'default' },
  ];
}

function unique(specs: string[]): string[] {
  return [...new Set(specs)];
}

/** The explicit version file (refused when unreadable or empty), else the first found in cwd. */
async function fromFiles(o: ChooseSpecOptions): Promise<SpecFromFile | undefined> {
  if (o.pythonVersionFile) {
    const file = path.resolve(o.cwd, o.pythonVersionFile);
    let found;
    try {
      found = await readSpecFile(file);
    } catch (e) {
      throw new ConfigurationError(`Python version file ${file} cannot be read: ${(e as Error).message}`, {
        key: 'pythonVersionFile',
        requested: file,
      });
    }
    if (!found) {
      throw new ConfigurationError(`Python version file ${file} is missing or names no Python version.`, {
        key: 'pythonVersionFile',
        requested: file,
        hint: 'Point it at a .python-version, .tool-versions or pyproject.toml (requires-python) that names a version.',
      });
    }
    return found;
  }
  return findSpecFromFiles(o.cwd);
}
