import path from 'node:path';
import { findSpecFromFiles, readSpecFile } from '../catalog/spec-files.js';
import { ConfigurationError } from '../errors.js';

/**
 * Which spec to install, and why: the explicit spec; else the given version file; else a version file
 * in cwd only, never its parents (`.python-version`, `.python-versions`, `.tool-versions`, pyproject, Pipfile); else the default.
 */
export async function chooseSpec(o: {
  python?: string;
  pythonSource?: string;
  pythonVersionFile?: string;
  defaultPython?: string;
  cwd: string;
}): Promise<{ spec: string; source: string }> {
  if (o.python?.trim()) return { spec: o.python.trim(), source: o.pythonSource ?? 'input' };
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
    return { spec: found.spec, source: found.source };
  }
  const found = await findSpecFromFiles(o.cwd);
  if (found) return { spec: found.spec, source: found.source };
  return { spec: o.defaultPython ?? '3.12', source: 'default' };
}
