/**
 * What is installed in one interpreter: the package list (optionally with location and summary), one
 * package's details, what is outdated on the index, and the freeze / requirements export of it all.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import type { IndexSettings } from '../uv/uv.js';
import { parseOutdatedJson, parsePipListJson, parsePipShow } from './parse.js';
import { normalizePackageName, validatePackageName } from './spec.js';
import { pythonQuery, queryError, uvPip, type CallOptions, type PackageTarget } from './target.js';
import type { OutdatedPackageInfo, PackageDetails, PackageInfo } from './types.js';

export type RequirementsPin = 'exact' | 'minimum' | 'compatible';

export async function listPackages(
  t: PackageTarget,
  o: CallOptions & { details?: boolean },
): Promise<PackageInfo[]> {
  const r = await uvPip(t, ['list', '--format=json'], o);
  if (r.exitCode !== 0) throw queryError('list packages', r);
  const pkgs = parsePipListJson(r.stdout);
  if (!o.details || !pkgs.length) return pkgs;
  const meta = await distributionSummaries(t, o);
  return pkgs.map((p) => ({ ...p, ...meta.get(normalizePackageName(p.name)) }));
}

/** The installed version of `name`, or undefined. */
export async function installedVersion(
  t: PackageTarget,
  name: string,
  o: CallOptions,
): Promise<string | undefined> {
  const n = normalizePackageName(validatePackageName(name));
  return (await listPackages(t, o)).find((p) => normalizePackageName(p.name) === n)?.version;
}

/** `uv pip show <name>` plus its summary; undefined when not installed. */
export async function packageDetails(
  t: PackageTarget,
  name: string,
  o: CallOptions,
): Promise<PackageDetails | undefined> {
  const n = validatePackageName(name);
  const r = await uvPip(t, ['show', '--', n], o);
  const found = parsePipShow(r.stdout).find((d) => normalizePackageName(d.name) === normalizePackageName(n));
  if (!found) return undefined;
  const summary = (await distributionSummaries(t, o)).get(normalizePackageName(n))?.summary;
  return summary ? { ...found, summary } : found;
}

export async function outdatedPackages(
  t: PackageTarget,
  o: CallOptions & IndexSettings,
): Promise<OutdatedPackageInfo[]> {
  const r = await uvPip(t, ['list', '--outdated', '--format=json', ...t.config.indexArgs(o)], o);
  if (r.exitCode !== 0) throw queryError('list outdated packages', r);
  return parseOutdatedJson(r.stdout);
}

export async function freeze(
  t: PackageTarget,
  o: CallOptions & { excludeEditable?: boolean },
): Promise<string> {
  const r = await uvPip(t, ['freeze', ...(o.excludeEditable ? ['--exclude-editable'] : [])], o);
  if (r.exitCode !== 0) throw queryError('freeze packages', r);
  return r.stdout;
}

/**
 * Writes a requirements file: `exact` is `uv pip freeze`; `minimum` writes `name>=version`, `compatible`
 * `name~=version` (editable installs are left out of those two: they have no index version).
 */
export async function exportRequirements(
  t: PackageTarget,
  outputPath: string,
  o: CallOptions & { pin?: RequirementsPin; excludeEditable?: boolean },
): Promise<string> {
  const abs = path.resolve(outputPath);
  let text: string;
  if (!o.pin || o.pin === 'exact') text = await freeze(t, o);
  else {
    const op = o.pin === 'minimum' ? '>=' : '~=';
    const pkgs = (await listPackages(t, o)).filter((p) => !p.editableProjectLocation);
    text = pkgs.map((p) => `${p.name}${op}${p.version}\n`).join('');
  }
  await fs.mkdir(path.dirname(abs), { recursive: true });
  await fs.writeFile(abs, text);
  return abs;
}

const SUMMARIES = `import json, importlib.metadata as m
out = {}
for d in m.distributions():
    n = d.metadata.get("Name")
    if n: out[n] = {"summary": d.metadata.get("Summary") or None, "location": str(d.locate_file(""))}
print(json.dumps(out))`;

type Summary = { location?: string; summary?: string };

/** name -> {location, summary} read by importlib.metadata (uv's list/show have no summary). */
async function distributionSummaries(t: PackageTarget, o: CallOptions): Promise<Map<string, Summary>> {
  const r = await pythonQuery(t, ['-c', SUMMARIES], o).catch(() => undefined);
  const map = new Map<string, Summary>();
  if (!r || r.exitCode !== 0) return map;
  const found = JSON.parse(r.stdout) as Record<string, { summary?: string | null; location?: string }>;
  for (const [n, v] of Object.entries(found)) {
    map.set(normalizePackageName(n), { location: v.location, ...(v.summary ? { summary: v.summary } : {}) });
  }
  return map;
}
