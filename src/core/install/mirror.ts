/**
 * Where an archive is fetched from (canonical URL or `<mirror>/<tag>/<asset>`) and which sha256 it must
 * have (the checksum policy: catalogue's, unless a configured mirror publishes its own SHA256SUMS).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PythonBuild } from '../catalog/types.js';
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

/**
 * The checksum policy. With a mirror, its `<tag>/SHA256SUMS` line wins (the user chose to trust it) and a
 * difference from the catalogue is logged; otherwise the catalogue's value.
 */
export async function expectedChecksum(
  build: PythonBuild,
  o: { mirror?: string; logger?: Logger; http?: GetOptions } = {},
): Promise<ExpectedChecksum> {
  const log = o.logger ?? silentLogger;
  const catalog = normaliseSha256(build.sha256);
  if (o.mirror && build.source !== 'downloads') {
    const sumsUrl = `${mirrorBase(o.mirror)}/${encodeURIComponent(build.build)}/SHA256SUMS`;
    let text: string | undefined;
    try {
      text = await fetchText(sumsUrl, o.http);
    } catch (e) {
      log.debug(`could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const fromMirror = text ? parseSha256Sums(text).get(build.assetName) : undefined;
    if (fromMirror) {
      if (catalog && catalog !== fromMirror) {
        log.warn(
          `mirror SHA256SUMS for ${build.assetName} (${fromMirror}) differs from the catalogue (${catalog}); using the mirror's.`,
        );
      }
      return { sha256: fromMirror, source: 'mirror' };
    }
  }
  return catalog ? { sha256: catalog, source: 'catalog' } : { source: 'none' };
}
