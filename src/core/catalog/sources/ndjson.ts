/**
 * The NDJSON release index in astral-sh/versions' format (`v1/python-build-standalone.ndjson`):
 * one JSON object per line, `{version, date, artifacts: [{platform, variant, url, archive_format, sha256}]}`.
 * Rows are derived from each artifact's URL with the same asset-name parser as every other source,
 * so the line's own `version` may be a release tag or a Python version — both work.
 */
import { silentLogger, type Logger } from '../../log.js';
import { DownloadError } from '../../errors.js';
import { parseAssetName } from '../asset-name.js';
import { pythonBuildOf } from '../snapshot-format.js';
import type { PythonBuild } from '../types.js';
import { EtagStore } from './etag-store.js';

export const DEFAULT_NDJSON_URL =
  'https://raw.githubusercontent.com/astral-sh/versions/main/v1/python-build-standalone.ndjson';

interface Artifact {
  platform?: string;
  variant?: string;
  url: string;
  archive_format?: string;
  sha256?: string | null;
}

interface Line {
  version?: string;
  date?: string;
  artifacts?: Artifact[];
}

export function buildsFromNdjson(text: string): PythonBuild[] {
  const out: PythonBuild[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    let entry: Line;
    try {
      entry = JSON.parse(line) as Line;
    } catch {
      continue; // one bad line must not hide the rest of the index
    }
    for (const art of entry.artifacts ?? []) {
      if (typeof art.url !== 'string') continue;
      const name = art.url.slice(art.url.lastIndexOf('/') + 1);
      const tag =
        /\/download\/([^/]+)\/[^/]+$/.exec(art.url)?.[1] ??
        (/^\d{8}$/.test(entry.version ?? '') ? entry.version : undefined);
      const a = parseAssetName(name, tag);
      if (!a) continue;
      const build = pythonBuildOf(a, art.url, art.sha256 ? art.sha256.toLowerCase() : undefined, 'ndjson');
      out.push(build);
    }
  }
  return out;
}

/** Fetches the index (conditionally, reusing a stored copy on 304). */
export async function fetchNdjson(
  url: string,
  o: { cacheDir?: string; fetch?: typeof fetch; logger?: Logger } = {},
): Promise<PythonBuild[]> {
  const log = o.logger ?? silentLogger;
  const store = new EtagStore(o.cacheDir);
  const stored = await store.get(url);
  const res = await (o.fetch ?? globalThis.fetch)(url, {
    headers: stored ? { 'if-none-match': stored.etag } : {},
  }).catch((e: Error) => {
    throw new DownloadError(
      `Cannot fetch the release index ${url}: ${e.message}`,
      { requested: url },
      { cause: e },
    );
  });
  if (res.status === 304 && stored) {
    log.debug(`GET ${url} -> 304 (reusing stored index)`);
    return buildsFromNdjson(stored.body as string);
  }
  if (!res.ok) {
    throw new DownloadError(`Cannot fetch the release index ${url}: HTTP ${res.status}`, {
      requested: url,
      status: res.status,
    });
  }
  const text = await res.text();
  const etag = res.headers.get('etag');
  if (etag) await store.put(url, etag, text);
  return buildsFromNdjson(text);
}
