/**
 * Turns `latest` or a range into one uv release by asking the GitHub releases API of astral-sh/uv (the
 * configured API root, so GHES and the test world work; the token goes to that API only, as for the PBS
 * catalogue). An exact version never gets here: it makes no API call.
 */
import path from 'node:path';
import { GitHubReleases } from '../catalog/sources/github.js';
import { ConfigurationError, UvNotFoundError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { compareVersionText, parseVersion } from '../versions/version.js';
import type { UvVersionRequest } from './version-request.js';

export const UV_REPO = 'astral-sh/uv';

export interface UvReleaseLookup {
  /** GitHub REST API root (default api.github.com). */
  apiUrl?: string;
  token?: string;
  /** ETags are kept here between runs (`<dir>/uv-releases`); memory only without it. */
  cacheDir?: string;
  offline?: boolean;
  logger?: Logger;
}

/** The exact uv release `req` names, asking the releases API unless it is already exact. */
export async function resolveUvRelease(req: UvVersionRequest, o: UvReleaseLookup): Promise<string> {
  if (req.kind === 'exact') return req.version;
  if (o.offline) {
    throw new ConfigurationError(
      `uv version "${req.text}" needs the list of uv releases, and offline mode forbids asking for it.`,
      {
        key: 'uvVersion',
        requested: req.text,
        hint: 'Pin an exact uv version (one already installed, or served by a local uv download directory).',
      },
    );
  }
  const log = o.logger ?? silentLogger;
  const releases = new GitHubReleases({
    apiUrl: o.apiUrl,
    token: o.token,
    repo: UV_REPO,
    pageSize: 100,
    cacheDir: o.cacheDir ? path.join(o.cacheDir, 'uv-releases') : undefined,
    logger: log,
  });
  const version = req.kind === 'latest' ? await latest(releases) : await newestInRange(releases, req);
  log.info(`uv version "${req.text}" resolved to ${version} (${releases.apiUrl}, ${UV_REPO}).`);
  return version;
}

async function latest(releases: GitHubReleases): Promise<string> {
  const tag = await releases.latestTag();
  if (!tag) throw notFound('latest', [], releases.apiUrl);
  return tag.replace(/^v/, '');
}

async function newestInRange(
  releases: GitHubReleases,
  req: Extract<UvVersionRequest, { kind: 'range' }>,
): Promise<string> {
  const seen: string[] = [];
  let best: string | undefined;
  for await (const page of releases.summaries()) {
    for (const r of page) {
      const v = r.tag.replace(/^v/, '');
      if (!parseVersion(v)) continue;
      seen.push(v);
      if (req.contains(v) && (!best || compareVersionText(v, best) > 0)) best = v;
    }
  }
  if (!best) throw notFound(req.text, seen, releases.apiUrl);
  return best;
}

function notFound(text: string, seen: string[], apiUrl: string): UvNotFoundError {
  const newest = seen.slice(0, 8);
  return new UvNotFoundError(
    `No uv release matches "${text}" (${seen.length} releases of ${UV_REPO} at ${apiUrl}${newest.length ? `; newest: ${newest.join(', ')}` : ''}).`,
    {
      requested: text,
      available: newest,
      hint: 'Widen the range, pin an exact uv version, or check the GitHub API URL (GITHUB_API_URL / --github-api-url).',
    },
  );
}
