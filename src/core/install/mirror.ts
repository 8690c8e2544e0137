/**
 * Where an archive is fetched from (canonical URL or `<mirror>/<tag>/<asset>`) and which sha256 it must
 * have. The trust policy: a checksum the catalogue knows (bundled, or read from the GitHub release itself)
 * is the only one accepted; a mirror's SHA256SUMS supplies one only for a build the catalogue has none for,
 * and a mirror that disagrees with the catalogue is refused before anything is downloaded.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PythonBuild } from '../catalog/types.js';
import { ChecksumMismatchError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { normaliseSha256 } from './download.js';
import { httpGet, redactUrl, type GetOptions } from './http.js';

/** True for `http(s)://` and `file:` mirrors; anything else is a local directory path. */
export function isUrl(s: string): boolean {
  return /^(https?|file):/i.test(s);
}

/** Base URL of a mirror: URLs as given (no trailing slash), directories as file:// URLs. */
export function mirrorBase(mirror: string): string {
  const base = isUrl(mirror) ? mirror : pathToFileURL(path.resolve(mirror)).href;
  return base.replace(/\/+$/, '');
}

/**
 * `<mirror>/<tag>/<asset>` with `+` as `%2B` (GitHub's own spelling); the canonical URL without a mirror, and
 * for a row of the user's downloads file (its URL is where the user said the archive is).
 */
export function mirrorUrlFor(build: PythonBuild, mirror?: string): string {
  if (!mirror || build.source === 'downloads') return build.url;
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/${encodeURIComponent(build.assetName)}`;
}

/** Parses `sha256sum` output: `<hex>  <name>` or `<hex> *<name>` lines. */
export function parseSha256Sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (m) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}

/** Fetches a small text file over http(s) or file:; undefined when it does not exist (404 / ENOENT). */
export async function fetchText(url: string, o: GetOptions = {}): Promise<string | undefined> {
  if (url.startsWith('file:')) {
    try {
      return await fs.readFile(fileURLToPath(url), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const { res } = await httpGet(url, { timeoutMs: 30_000, ...o });
      const status = res.statusCode ?? 0;
      if (status === 404) {
        res.resume();
        return undefined;
      }
      if (status !== 200) {
        res.resume();
        lastError = new Error(`HTTP ${status} for ${redactUrl(url)}`);
        if (status < 500 && status !== 429) break;
      } else {
        const chunks: Buffer[] = [];
        for await (const c of res) chunks.push(c as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      }
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
  throw lastError;
}

export interface ExpectedChecksum {
  sha256?: string;
  source: 'catalog' | 'mirror' | 'none';
}

/** `<mirror>/<tag>/SHA256SUMS`. */
export function mirrorSumsUrl(build: PythonBuild, mirror: string): string {
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/SHA256SUMS`;
}

/**
 * The checksum policy. The catalogue's sha256 wins; with a mirror, its `<tag>/SHA256SUMS` line is read
 * first and must agree with it (else ChecksumMismatchError, before any archive byte is fetched), and it is
 * used only when the catalogue has no checksum for the build (a release the bundled catalogue predates).
 */
export async function expectedChecksum(
  build: PythonBuild,
  o: { mirror?: string; logger?: Logger; http?: GetOptions } = {},
): Promise<ExpectedChecksum> {
  const catalog = normaliseSha256(build.sha256);
  // a downloads-file row is fetched from its own URL: no mirror is asked about it
  const fromMirror =
    o.mirror && build.source !== 'downloads' ? await mirrorLine(build, o.mirror, o) : undefined;
  if (catalog && fromMirror && fromMirror !== catalog) {
    const sumsUrl = redactUrl(mirrorSumsUrl(build, o.mirror!));
    throw new ChecksumMismatchError(
      `The mirror's SHA256SUMS (${sumsUrl}) lists ${fromMirror} for ${build.assetName}, but the catalogue ` +
        `knows ${catalog}; refusing the mirror's file. Nothing was downloaded or installed.`,
      {
        requested: build.key,
        url: sumsUrl,
        expected: catalog,
        actual: fromMirror,
        hint: 'The mirror serves a different build than the one published: fix or re-sync the mirror, or drop the mirror setting.',
      },
    );
  }
  if (catalog) return { sha256: catalog, source: 'catalog' };
  return fromMirror ? { sha256: fromMirror, source: 'mirror' } : { source: 'none' };
}

/** The mirror's SHA256SUMS line for the build; undefined when the file or the line is missing. */
async function mirrorLine(
  build: PythonBuild,
  mirror: string,
  o: { logger?: Logger; http?: GetOptions },
): Promise<string | undefined> {
  const sumsUrl = mirrorSumsUrl(build, mirror);
  try {
    const text = await fetchText(sumsUrl, o.http);
    return text ? parseSha256Sums(text).get(build.assetName) : undefined;
  } catch (e) {
    (o.logger ?? silentLogger).debug(
      `could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`,
    );
    return undefined;
  }
}
