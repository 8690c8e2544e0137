import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ConfigurationError } from '../core/errors.js';
import { requiredVersionField, type UvConfigFile } from '../core/uv/required-version.js';

/**
 * The uv version a file asks for, read the way setup-uv's `version-file` reads it: `required-version` of
 * uv.toml or pyproject.toml's `[tool.uv]`, else a `uv` requirement (`uv==0.6.17`) of a requirements file or
 * of pyproject's dependencies, or the `uv` line of `.tool-versions`. An exact pin (`==0.6.17`) becomes the
 * version; another specifier is returned as written for the uv-version check to accept or refuse.
 */
export function uvVersionFromFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw fileError(file, `it cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const found = path.extname(file) === '.toml' ? fromToml(file, text) : fromLines(file, text);
  if (!found) throw fileError(file, 'it names no uv version');
  const exact = /^(?:===?|v)?\s*(\d+\.\d+\.\d+\S*)$/.exec(found);
  return exact ? exact[1] : found;
}

function fileError(file: string, why: string): ConfigurationError {
  return new ConfigurationError(`Input "version-file" names ${file}, but ${why}.`, {
    key: 'version-file',
    source: 'input version-file',
    requested: file,
    hint: 'Point version-file at a uv.toml / pyproject.toml with required-version, a requirements file pinning uv==X.Y.Z, or a .tool-versions with a uv line; or set uv-version.',
  });
}

/** `uv==0.6.17 ; marker` → `==0.6.17` (a requirement naming uv, markers and hashes dropped). */
function uvRequirement(line: string): string | undefined {
  return /^uv\s*([=<>~!]=?=?\s*[^\s;\\]+(?:\s*,\s*[=<>~!]=?\s*[^\s,;\\]+)*)/.exec(
    line.split(';')[0].trim(),
  )?.[1];
}

function fromLines(file: string, text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim());
  if (path.basename(file) === '.tool-versions') {
    return lines.map((l) => /^uv\s+(\S+)/.exec(l)?.[1]).find(Boolean);
  }
  return lines.map(uvRequirement).find(Boolean)?.replace(/\s+/g, '');
}

interface UvConfig extends UvConfigFile {
  project?: { dependencies?: unknown[]; 'optional-dependencies'?: Record<string, unknown[]> };
  'dependency-groups'?: Record<string, unknown[]>;
}

function fromToml(file: string, text: string): string | undefined {
  let doc: UvConfig;
  try {
    doc = parseToml(text) as UvConfig;
  } catch (e) {
    throw fileError(file, `it is not valid TOML (${(e as Error).message.split('\n')[0]})`);
  }
  const isPyproject = path.basename(file) === 'pyproject.toml';
  const required = requiredVersionField(doc, isPyproject);
  if (typeof required === 'string' && required.trim()) return required.trim();
  if (!isPyproject) return undefined;
  const deps = [
    ...(doc.project?.dependencies ?? []),
    ...Object.values(doc.project?.['optional-dependencies'] ?? {}).flat(),
    ...Object.values(doc['dependency-groups'] ?? {}).flat(),
  ].filter((d): d is string => typeof d === 'string');
  return deps.map(uvRequirement).find(Boolean)?.replace(/\s+/g, '');
}
