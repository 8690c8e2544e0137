import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ConfigurationError } from '../errors.js';
import { parseUvVersionRequest, type UvVersionRequest } from './version-request.js';

/** A project's `required-version` for uv and the file that says it. */
export interface RequiredUvVersion {
  request: UvVersionRequest;
  file: string;
}

/** Where uv keeps `required-version`: top level in `uv.toml`, under `[tool.uv]` in `pyproject.toml`. */
export interface UvConfigFile {
  'required-version'?: unknown;
  tool?: { uv?: { 'required-version'?: unknown } };
}

/** The raw `required-version` value of a parsed uv.toml / pyproject.toml (unchecked). */
export function requiredVersionField(doc: UvConfigFile, isPyproject: boolean): unknown {
  return isPyproject ? doc.tool?.uv?.['required-version'] : doc['required-version'];
}

/**
 * The first `required-version` found in `dirs` (in order): a directory's `uv.toml`, else its pyproject's
 * `[tool.uv]` — uv's own precedence within one directory. A file that is not TOML is passed over (as
 * setup-uv does: installing the project reports it, if it is installed at all); a value that is no uv
 * version request is a ConfigurationError: the project asked for a uv this product must not guess at.
 */
export function projectRequiredUvVersion(dirs: string[]): RequiredUvVersion | undefined {
  for (const dir of dirs) {
    for (const name of ['uv.toml', 'pyproject.toml']) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      const value = requiredVersionOf(file, name === 'pyproject.toml');
      if (value !== undefined) return { request: parseUvVersionRequest(value, file), file };
    }
  }
  return undefined;
}

function requiredVersionOf(file: string, isPyproject: boolean): string | undefined {
  let doc: UvConfigFile;
  try {
    doc = parseToml(readFileSync(file, 'utf8')) as UvConfigFile;
  } catch {
    return undefined;
  }
  const value = requiredVersionField(doc, isPyproject);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) {
    throw new ConfigurationError(`${file}: uv's required-version must be a non-empty string.`, {
      key: 'uvVersion',
      source: file,
      requested: String(value),
      hint: 'Write it as uv expects, e.g. required-version = ">=0.13".',
    });
  }
  return value.trim();
}
