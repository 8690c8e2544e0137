/**
 * python-build-standalone releases read through the GitHub REST API (@octokit/rest): one release
 * by tag, the latest release, or every release page by page. Every GET is conditional on a stored
 * ETag (a 304 reuses the stored body); the base URL (GHES, the test world), owner/repo and token are
 * configurable. Checksums come from the asset `digest` field, else the release's SHA256SUMS, else a
 * `<asset>.sha256` companion — fetched only for the one build being resolved.
 */
import type { Octokit } from '@octokit/rest';
import { DownloadError, RateLimitError } from '../../errors.js';
import { silentLogger, type Logger } from '../../log.js';
import { optionsRank, parseAssetName } from '../asset-name.js';
import { pythonBuildOf } from '../snapshot-format.js';
import type { PythonBuild } from '../types.js';
import { EtagStore } from './etag-store.js';

export const DEFAULT_PBS_REPO = 'astral-sh/python-build-standalone';
export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubSourceOptions {
  apiUrl?: string;
  token?: string;
  /** `owner/repo`. */
  pbsRepo?: string;
  /** Another `owner/repo` read through the same client (uv's releases); wins over pbsRepo. */
  repo?: string;
  /** ETag store directory. Without it, ETags live only in memory for this process. */
  cacheDir?: string;
  logger?: Logger;
  fetch?: typeof fetch;
  /** Releases per page when listing (default 30; GitHub's maximum is 100). */
  pageSize?: number;
}

interface ReleaseAsset {
  name: string;
  browser_download_url: string;
  digest?: string | null;
}

interface Release {
  tag_name: string;
  draft?: boolean;
  prerelease?: boolean;
  assets: ReleaseAsset[];
}

/** What a release list says of one release, for a caller that is not the PBS catalogue. */
export interface ReleaseSummary {
  tag: string;
  prerelease: boolean;
  assets: string[];
}

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; url?: string };
}

function header(e: HttpLikeError, name: string): string | undefined {
  const v = e.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** 403 with no remaining quota, or 429 -> RateLimitError naming GITHUB_TOKEN and the reset time. */
export function rateLimitError(e: HttpLikeError, url: string): RateLimitError | undefined {
  const status = e.status;
  const remaining = header(e, 'x-ratelimit-remaining');
  const isLimit =
    status === 429 ||
    (status === 403 &&
      (remaining === '0' || /rate limit/i.test(e.message ?? '') || header(e, 'retry-after')));
  if (!isLimit) return undefined;
  const reset = header(e, 'x-ratelimit-reset');
  const retryAfter = header(e, 'retry-after');
  const resetAt = reset
    ? new Date(Number(reset) * 1000)
    : retryAfter
      ? new Date(Date.now() + Number(retryAfter) * 1000)
      : undefined;
  const when = resetAt && !Number.isNaN(resetAt.getTime()) ? resetAt.toISOString() : undefined;
  return new RateLimitError(
    `GitHub API rate limit exceeded (HTTP ${status}) for ${url}${when ? `; it resets at ${when}` : ''}. ` +
      'Set GITHUB_TOKEN to raise the limit.',
    {
      requested: url,
      resetAt: when,
      hint:
        'Pass a token (GITHUB_TOKEN, the github-token input or --github-token), wait for the reset, ' +
        'or resolve from the bundled snapshot, which makes no API calls.',
    },
  );
}

/** Turns one release into catalogue rows (one per archive; duplicates keep the most optimised build). */
export function buildsFromRelease(release: Release): PythonBuild[] {
  const best = new Map<string, { rank: number; build: PythonBuild }>();
  for (const asset of release.assets) {
    const a = parseAssetName(asset.name, release.tag_name);
    if (!a) continue; // SHA256SUMS, .sha256 companions, anything that is not a CPython archive
    const digest = asset.digest?.startsWith('sha256:') ? asset.digest.slice(7).toLowerCase() : undefined;
    const build = pythonBuildOf(a, asset.browser_download_url, digest, 'github');
    const id = `${build.key}|${build.flavor}|${build.format}`;
    const rank = optionsRank(a.options);
    const prev = best.get(id);
    if (!prev || rank < prev.rank) best.set(id, { rank, build });
  }
  return [...best.values()].map((x) => x.build);
}

/** The fields we read of a release; anything else (an HTML page, an error object) is not one. */
function isRelease(x: unknown): x is Release {
  const r = x as Partial<Release> | null;
  return typeof r === 'object' && r !== null && typeof r.tag_name === 'string' && Array.isArray(r.assets);
}

function parseSha256Sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+?)\s*$/i.exec(line.trim());
    if (m) out.set(decodeURIComponent(m[2]), m[1].toLowerCase());
  }
  return out;
}

export class GitHubReleases {
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  /** API requests made by this instance (304s included). */
  apiCalls = 0;
  private octokitP?: Promise<Octokit>;
  private readonly token?: string;
  private readonly etags: EtagStore;
  private readonly log: Logger;
  private readonly fetchOption: typeof fetch | undefined;
  private readonly pageSize: number;
  private readonly releases = new Map<string, Release>();
  private readonly sums = new Map<string, Promise<Map<string, string> | undefined>>();

  constructor(o: GitHubSourceOptions = {}) {
    const full = o.repo ?? o.pbsRepo ?? DEFAULT_PBS_REPO;
    const [owner, repo] = full.split('/');
    if (!owner || !repo) throw new TypeError(`the repository must be "owner/repo", got "${full}"`);
    this.owner = owner;
    this.repo = repo;
    this.apiUrl = (o.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    this.log = o.logger ?? silentLogger;
    this.fetchOption = o.fetch;
    // PBS releases carry ~1,500 assets each, so a page of 100 releases is a very large document.
    this.pageSize = o.pageSize ?? 30;
    this.etags = new EtagStore(o.cacheDir);
    this.token = o.token || undefined;
  }

  /** Read on use: reading `globalThis.fetch` loads Node's undici (~30 ms), which a source never asked needs not. */
  private get fetchImpl(): typeof fetch {
    return this.fetchOption ?? globalThis.fetch;
  }

  /** @octokit/rest loads on the first API request: the snapshot path (the default) never needs it. */
  private octokit(): Promise<Octokit> {
    this.octokitP ??= import('@octokit/rest').then(
      ({ Octokit }) =>
        new Octokit({
          baseUrl: this.apiUrl,
          auth: this.token,
          userAgent: 'python-embedded',
          request: { fetch: this.fetchImpl },
          log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
        }),
    );
    return this.octokitP;
  }

  private urlOf(route: string, params: Record<string, string | number>): string {
    const query = Object.entries(params)
      .filter(([k]) => !route.includes(`{${k}}`))
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    const pathPart = route.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(params[k])));
    return `${this.apiUrl}${pathPart}${query ? `?${query}` : ''}`;
  }

  /** A conditional GET; returns the body and the `link` header, or undefined on 404. */
  private async get<T>(
    route: string,
    params: Record<string, string | number>,
    valid: (body: unknown) => boolean,
  ): Promise<{ body: T; link?: string } | undefined> {
    const url = this.urlOf(route, params);
    const stored = await this.etags.get(url);
    const octokit = await this.octokit();
    this.apiCalls++;
    try {
      const res = await octokit.request(`GET ${route}`, {
        ...params,
        headers: stored ? { 'if-none-match': stored.etag } : {},
      });
      // A proxy or captive portal answering 200 with a web page is network trouble, not a release.
      if (!valid(res.data)) {
        throw new DownloadError(
          `GitHub API request failed: GET ${url} -> HTTP ${res.status} did not return a GitHub releases document (a proxy or captive portal?).`,
          {
            requested: url,
            status: res.status,
            hint: 'Check the network, the proxy and the GitHub API URL (GITHUB_API_URL / --github-api-url).',
          },
        );
      }
      const etag = res.headers.etag;
      if (etag) await this.etags.put(url, etag, { body: res.data, link: res.headers.link });
      this.log.debug(`GET ${url} -> ${res.status}`);
      return { body: res.data as T, link: res.headers.link };
    } catch (err) {
      if (err instanceof DownloadError) throw err;
      const e = err as HttpLikeError;
      if (e.status === 304 && stored) {
        this.log.debug(`GET ${url} -> 304 (reusing stored response)`);
        return stored.body as { body: T; link?: string };
      }
      if (e.status === 404) return undefined;
      const limited = rateLimitError(e, url);
      if (limited) throw limited;
      throw new DownloadError(
        `GitHub API request failed: GET ${url}${e.status ? ` -> HTTP ${e.status}` : ''}: ${e.message ?? String(err)}`,
        {
          requested: url,
          status: e.status,
          hint: 'Check the GitHub API URL (GITHUB_API_URL / --github-api-url), the PBS repo and the token.',
        },
        { cause: err },
      );
    }
  }

  private remember(r: Release): PythonBuild[] {
    this.releases.set(r.tag_name, r);
    return buildsFromRelease(r);
  }

  /** Rows of one release, or undefined when the tag does not exist. 1 API call. */
  async releaseByTag(tag: string): Promise<PythonBuild[] | undefined> {
    const cached = this.releases.get(tag);
    if (cached) return buildsFromRelease(cached);
    const res = await this.get<Release>(
      '/repos/{owner}/{repo}/releases/tags/{tag}',
      {
        owner: this.owner,
        repo: this.repo,
        tag,
      },
      isRelease,
    );
    return res ? this.remember(res.body) : undefined;
  }

  /**
   * Rows of release `tag` as GitHub answered an earlier online run (the stored body of `releases/tags/{tag}`),
   * without a request: offline, a pinned release the bundled catalogue predates. Undefined when never fetched.
   */
  async storedReleaseByTag(tag: string): Promise<PythonBuild[] | undefined> {
    const url = this.urlOf('/repos/{owner}/{repo}/releases/tags/{tag}', {
      owner: this.owner,
      repo: this.repo,
      tag,
    });
    const body = ((await this.etags.get(url))?.body as { body?: unknown } | undefined)?.body;
    return isRelease(body) ? this.remember(body) : undefined;
  }

  /** Rows of the latest release. 1 API call. */
  async latest(): Promise<{ tag: string; builds: PythonBuild[] } | undefined> {
    const res = await this.get<Release>(
      '/repos/{owner}/{repo}/releases/latest',
      {
        owner: this.owner,
        repo: this.repo,
      },
      isRelease,
    );
    return res ? { tag: res.body.tag_name, builds: this.remember(res.body) } : undefined;
  }

  /** Every release, newest first, one page (one API call) at a time. */
  async *pages(): AsyncGenerator<PythonBuild[]> {
    for await (const releases of this.releasePages()) yield releases.flatMap((r) => this.remember(r));
  }

  /** Every published release's tag, prerelease flag and asset names, newest first, a page at a time. */
  async *summaries(): AsyncGenerator<ReleaseSummary[]> {
    for await (const releases of this.releasePages()) {
      yield releases.map((r) => ({
        tag: r.tag_name,
        prerelease: r.prerelease === true,
        assets: r.assets.map((a) => a.name),
      }));
    }
  }

  /** The tag of the latest release (GitHub's `releases/latest`: no draft, no prerelease). 1 API call. */
  async latestTag(): Promise<string | undefined> {
    const res = await this.get<Release>(
      '/repos/{owner}/{repo}/releases/latest',
      { owner: this.owner, repo: this.repo },
      isRelease,
    );
    return res?.body.tag_name;
  }

  private async *releasePages(): AsyncGenerator<Release[]> {
    for (let page = 1; ; page++) {
      const res = await this.get<Release[]>(
        '/repos/{owner}/{repo}/releases',
        {
          owner: this.owner,
          repo: this.repo,
          per_page: this.pageSize,
          page,
        },
        (b) => Array.isArray(b) && b.every(isRelease),
      );
      if (!res) return;
      yield res.body.filter((r) => !r.draft);
      if (!res.link || !/rel="next"/.test(res.link) || res.body.length === 0) return;
    }
  }

  private async fetchText(url: string): Promise<string | undefined> {
    try {
      const res = await this.fetchImpl(url, { redirect: 'follow' });
      if (!res.ok) return undefined;
      return await res.text();
    } catch (e) {
      this.log.debug(`could not fetch ${url}: ${(e as Error).message}`);
      return undefined;
    }
  }

  /**
   * Fills in a missing sha256 from the release's SHA256SUMS or a `.sha256` companion
   * (downloads, not API calls). Returns the build unchanged when neither lists it.
   */
  async withChecksum(build: PythonBuild): Promise<PythonBuild> {
    if (build.sha256) return build;
    const release = this.releases.get(build.build);
    if (!release) return build;
    const sumsAsset = release.assets.find((a) => a.name === 'SHA256SUMS');
    if (sumsAsset) {
      let p = this.sums.get(build.build);
      if (!p) {
        p = this.fetchText(sumsAsset.browser_download_url).then((t) => (t ? parseSha256Sums(t) : undefined));
        this.sums.set(build.build, p);
      }
      const sha = (await p)?.get(build.assetName);
      if (sha) return { ...build, sha256: sha };
    }
    const companion = release.assets.find((a) => decodeURIComponent(a.name) === `${build.assetName}.sha256`);
    if (companion) {
      const text = await this.fetchText(companion.browser_download_url);
      const m = text && /^([0-9a-f]{64})/i.exec(text.trim());
      if (m) return { ...build, sha256: m[1].toLowerCase() };
    }
    return build;
  }
}
