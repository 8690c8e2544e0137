import type { OutdatedPackageInfo, PackageDetails, PackageInfo } from './types.js';

/** `uv pip list --format json`: `[{name, version, editable_project_location?}]`. */
export function parsePipListJson(stdout: string): PackageInfo[] {
  const rows = parseJsonArray(stdout, 'uv pip list');
  return rows.map((r) => ({
    name: String(r.name),
    version: String(r.version),
    ...(r.editable_project_location ? { editableProjectLocation: String(r.editable_project_location) } : {}),
  }));
}

/** `uv pip list --outdated --format json`: `[{name, version, latest_version, latest_filetype}]`. */
export function parseOutdatedJson(stdout: string): OutdatedPackageInfo[] {
  return parseJsonArray(stdout, 'uv pip list --outdated').map((r) => ({
    name: String(r.name),
    installedVersion: String(r.version),
    latestVersion: String(r.latest_version),
    ...(r.latest_filetype ? { latestFiletype: String(r.latest_filetype) } : {}),
  }));
}

function parseJsonArray(stdout: string, what: string): Record<string, unknown>[] {
  const text = stdout.trim();
  if (!text) return [];
  const v: unknown = JSON.parse(text);
  if (!Array.isArray(v)) throw new Error(`${what} did not print a JSON array.`);
  return v as Record<string, unknown>[];
}

/**
 * `uv pip show` prints `Key: value` blocks separated by `---` (one per package); there is no JSON form.
 * Requires / Required-by are comma lists.
 */
export function parsePipShow(stdout: string): PackageDetails[] {
  const out: PackageDetails[] = [];
  for (const block of stdout.split(/^---\s*$/m)) {
    const fields: Record<string, string> = {};
    for (const line of block.split(/\r?\n/)) {
      const m = /^([A-Za-z][A-Za-z -]*):\s?(.*)$/.exec(line);
      if (m) fields[m[1].trim()] = m[2].trim();
    }
    if (!fields.Name) continue;
    const list = (k: string) =>
      (fields[k] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    out.push({
      name: fields.Name,
      version: fields.Version ?? '',
      ...(fields.Location ? { location: fields.Location } : {}),
      ...(fields['Editable project location']
        ? { editableProjectLocation: fields['Editable project location'] }
        : {}),
      ...(fields.Summary ? { summary: fields.Summary } : {}),
      requires: list('Requires'),
      requiredBy: list('Required-by'),
      fields,
    });
  }
  return out;
}

/**
 * The useful part of uv's stderr for an error message: from its first `error:` / `×` line on, without the
 * "Using Python ... environment" preamble and progress lines.
 */
export function uvErrorText(stderr: string, stdout = ''): string {
  const lines = stderr.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*(error:|\u00d7|\s*\u00d7)/.test(l) || /^\s*\u00d7 /.test(l));
  const kept = (start >= 0 ? lines.slice(start) : lines).filter(
    (l) =>
      l.trim() &&
      !/^Using (Python|CPython) /.test(l) &&
      !/^(Resolved|Prepared|Installed|Audited|Uninstalled) \d+/.test(l),
  );
  const text = kept.join('\n').trim();
  return text || stdout.trim() || 'uv failed without a message';
}
