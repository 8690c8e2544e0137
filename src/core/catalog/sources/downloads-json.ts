/**
 * A downloads file in uv's `download-metadata.json` format (what uv's `python-downloads-json-url` reads):
 * `{ "<uv key>": { name, arch, os, libc, major, minor, patch, prerelease, url, sha256, variant, build } }`.
 * It lets a user name builds the bundled catalogue lacks (a PyPy they mirror, an in-house CPython). Its rows
 * are consulted first: a spec one of them matches is answered from them, anything else from the catalogue.
 * A row is fetched from its own URL and checked against its own sha256 (`mirror` does not rewrite it).
 */
import { fs } from '../../async-fs.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../../errors.js';
import { silentLogger, type Logger } from '../../log.js';
import { parseAssetName } from '../asset-name.js';
import { otherBuildOf, pythonBuildOf } from '../snapshot-format.js';
import type { PythonBuild } from '../types.js';

interface DownloadRow {
  name?: unknown;
  url?: unknown;
  sha256?: unknown;
  build?: unknown;
}

const HINT =
  "Point it at a JSON object of uv's download-metadata.json shape: " +
  '{"pypy-3.9.16-linux-x86_64-gnu": {"name": "pypy", "url": "...", "sha256": "...", "build": "7.3.11", ...}}.';

function refused(location: string, why: string, cause?: unknown): ConfigurationError {
  return new ConfigurationError(
    `The Python downloads file ${location} ${why}.`,
    { requested: location, key: 'pythonDownloadsJsonUrl', hint: HINT },
    { cause },
  );
}

/** One row as a build, or the reason it cannot be one. */
function buildOfRow(key: string, row: DownloadRow): PythonBuild | string {
  if (typeof row.url !== 'string' || !/^(https?|file):/i.test(row.url))
    return 'its url is not an http(s) or file URL';
  const sha256 = typeof row.sha256 === 'string' ? row.sha256.toLowerCase() : undefined;
  const release = typeof row.build === 'string' ? row.build : undefined;
  let build: PythonBuild | undefined;
  if (row.name === 'pypy' || row.name === 'graalpy') {
    build = release ? otherBuildOf({ key, url: row.url, build: release, sha256 }) : undefined;
    if (build && !key.startsWith(`${row.name}-`)) return `its key does not start with ${row.name}-`;
  } else if (row.name === 'cpython') {
    const asset = decodeURIComponent(row.url.slice(row.url.lastIndexOf('/') + 1));
    const parsed = parseAssetName(asset, release);
    build = parsed && pythonBuildOf(parsed, row.url, sha256);
  } else {
    return `its name is ${JSON.stringify(row.name)} (cpython, pypy or graalpy)`;
  }
  if (!build) return 'its key, url or build has a shape uv does not write';
  build.source = 'downloads';
  return build;
}

/** The rows of a downloads file's text; a row that cannot be installed is logged and left out. */
export function buildsFromDownloadsJson(text: string, location: string, logger?: Logger): PythonBuild[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw refused(location, `is not JSON (${(e as Error).message})`, e);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw refused(location, 'is not a JSON object of rows keyed by uv key');
  const builds: PythonBuild[] = [];
  for (const [key, row] of Object.entries(data as Record<string, DownloadRow>)) {
    const built = row && typeof row === 'object' ? buildOfRow(key, row) : 'it is not an object';
    if (typeof built === 'string') (logger ?? silentLogger).warn(`${location}: row ${key} skipped: ${built}`);
    else builds.push(built);
  }
  if (builds.length === 0) throw refused(location, 'has no row that can be installed');
  return builds;
}

/** Reads the file (a path, a file: URL or an http(s) URL) and returns its rows. */
export async function loadDownloadsJson(
  location: string,
  o: { offline?: boolean; fetch?: typeof fetch; logger?: Logger } = {},
): Promise<PythonBuild[]> {
  let text: string;
  if (/^https?:/i.test(location)) {
    if (o.offline) throw refused(location, 'cannot be fetched offline; point the setting at a local copy');
    const res = await (o.fetch ?? globalThis.fetch)(location).catch((e: Error) => {
      throw refused(location, `cannot be fetched (${e.message})`, e);
    });
    if (!res.ok) throw refused(location, `cannot be fetched (HTTP ${res.status})`);
    text = await res.text();
  } else {
    const file = location.startsWith('file:') ? fileURLToPath(location) : path.resolve(location);
    text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw refused(location, `cannot be read (${e.code ?? e.message})`, e);
    });
  }
  return buildsFromDownloadsJson(text, location, o.logger);
}
