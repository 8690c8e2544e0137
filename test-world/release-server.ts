// The world's HTTP server on 127.0.0.1: the GitHub REST releases API (under /repos/), release asset
// downloads (/{owner}/{repo}/releases/download/{tag}/{asset}), and the package index (/simple/, /packages/,
// /pypi/). Every request is recorded; faults and rate limits are switched on by tests.
import { createHash, randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReleaseStore, type Asset, type Release } from './releases.js';
import { serveBody, type BodySource } from './serve-body.js';
import type { Fault, RateLimit, RecordedRequest, ReleaseServer } from './types.js';

/** A mounted handler (the package index): returns false when the path is not its own. */
export type Mount = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: MountContext,
) => Promise<boolean>;
export interface MountContext {
  baseUrl: string;
  onHead(status: number): void;
  /** Serves bytes through the same fault switches as release assets (keyed by file name). */
  serveFile(name: string, src: BodySource): Promise<void>;
}

const GITHUB_DOCS = 'https://docs.github.com/rest';
const RATE_LIMIT_MESSAGES = {
  403:
    "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher " +
    'rate limit. Check out the documentation for more details.)',
  429:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach ' +
    'out to GitHub Support for help, please include the request ID.',
} as const;

export class WorldServer implements ReleaseServer {
  readonly requests: RecordedRequest[] = [];
  readonly store = new ReleaseStore();
  private readonly faults = new Map<string, Fault>();
  private readonly statusFaultsLeft = new Map<string, number>();
  private rateLimit: RateLimit | undefined;
  private rateLimitLeft = Infinity;
  private used = 0;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;
  private readonly mounts: Mount[] = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  baseUrl = '';

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  mount(m: Mount): void {
    this.mounts.push(m);
  }

  // ---- ReleaseServer ----------------------------------------------------------------------------------
  apiRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/repos/'));
  }

  downloadRequests(assetName?: string): RecordedRequest[] {
    return this.requests.filter((r) => {
      const m =
        /^\/[^/]+\/[^/]+\/releases\/download\/[^/]+\/([^/?]+)/.exec(r.path) ??
        /^\/packages\/([^/?]+)/.exec(r.path);
      return m !== null && (assetName === undefined || decodeURIComponent(m[1]) === assetName);
    });
  }

  addAsset(repo: string, tag: string, name: string, body: Buffer | string): void {
    this.store.putAsset(repo, tag, name, {
      body: typeof body === 'string' ? { kind: 'file', path: body } : { kind: 'buffer', data: body },
    });
  }

  setFault(assetName: string, fault: Fault | undefined): void {
    if (fault) this.faults.set(assetName, fault);
    else this.faults.delete(assetName);
    if (fault?.kind === 'status') this.statusFaultsLeft.set(assetName, fault.times);
    else this.statusFaultsLeft.delete(assetName);
  }

  clearFaults(): void {
    this.faults.clear();
    this.statusFaultsLeft.clear();
  }

  setRateLimit(r: RateLimit | undefined): void {
    this.rateLimit = r;
    this.rateLimitLeft = r?.times ?? Infinity;
  }

  // ---- HTTP -------------------------------------------------------------------------------------------
  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status: 0,
      headers: { ...req.headers },
    };
    this.requests.push(rec);
    const onHead = (status: number) => (rec.status = status);
    try {
      const url = new URL(req.url ?? '/', this.baseUrl);
      if (url.pathname.startsWith('/repos/')) return this.api(req, res, url, onHead);
      const dl = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (dl) {
        const [o, r, tag, name] = dl.slice(1).map(decodeURIComponent); // '%2B' -> '+'
        return this.download(req, res, `${o}/${r}`, tag, name, onHead);
      }
      const ctx: MountContext = {
        baseUrl: this.baseUrl,
        onHead,
        serveFile: (name, src) => this.serveWithFault(req, res, name, src, onHead),
      };
      for (const m of this.mounts) if (await m(req, res, url, ctx)) return;
      this.text(res, 404, 'Not Found\n', onHead);
    } catch (e) {
      if (!res.headersSent) this.text(res, 500, `world server error: ${(e as Error).stack}\n`, onHead);
      else res.destroy();
    }
  }

  private text(res: ServerResponse, status: number, body: string, onHead: (s: number) => void): void {
    onHead(status);
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  }

  private async download(
    req: IncomingMessage,
    res: ServerResponse,
    repo: string,
    tag: string,
    name: string,
    onHead: (s: number) => void,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return this.text(res, 405, 'Method Not Allowed\n', onHead);
    const asset = this.store.release(repo, tag)?.assets.find((a) => a.name === name);
    // Catalogue-only assets are listed by the API (real name, sha256, size) but have no bytes here: 404,
    // as a mirror that lacks the file would answer.
    if (!asset?.body) return this.text(res, 404, 'Not Found\n', onHead);
    await this.serveWithFault(
      req,
      res,
      name,
      { size: asset.size, body: asset.body, contentType: 'application/octet-stream' },
      onHead,
    );
  }

  private async serveWithFault(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    src: BodySource,
    onHead: (s: number) => void,
  ): Promise<void> {
    const fault = this.faults.get(name);
    if (fault?.kind === 'status') {
      const left = this.statusFaultsLeft.get(name) ?? 0;
      if (left > 0) {
        this.statusFaultsLeft.set(name, left - 1);
        return this.text(
          res,
          fault.status,
          `injected fault: HTTP ${fault.status} (${left - 1} more)\n`,
          onHead,
        );
      }
      return serveBody(req, res, src, undefined, onHead);
    }
    await serveBody(req, res, src, fault, onHead);
  }

  // ---- GitHub REST ------------------------------------------------------------------------------------
  private rateHeaders(req: IncomingMessage, limited: RateLimit | false): Record<string, string> {
    const limit = req.headers.authorization ? 5000 : 60;
    return {
      'x-ratelimit-limit': String(limit),
      // Counts down like GitHub's but is never enforced by itself: only setRateLimit() refuses requests.
      'x-ratelimit-remaining': String(limited ? 0 : Math.max(limit - this.used, 0)),
      'x-ratelimit-reset': String((limited && limited.resetEpochSeconds) || this.resetAt),
      'x-ratelimit-used': String(limited ? limit : Math.min(this.used, limit)),
      'x-ratelimit-resource': 'core',
    };
  }

  private json(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    onHead: (s: number) => void,
    extra: Record<string, string> = {},
  ): void {
    const text = JSON.stringify(body);
    const etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 40)}"`;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomUUID(),
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset',
      ...extra,
    };
    if (status === 200) {
      headers.etag = etag;
      headers['cache-control'] = 'public, max-age=60, s-maxage=60';
      headers.vary = 'Accept, Accept-Encoding, Accept, X-Requested-With';
      const inm = req.headers['if-none-match'];
      const tags = (inm ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
      if (inm && (tags.includes(etag) || tags.includes('*'))) {
        // Like GitHub, a 304 does not count against the rate limit.
        Object.assign(headers, this.rateHeaders(req, false));
        onHead(304);
        res.writeHead(304, headers);
        res.end();
        return;
      }
    }
    this.used++;
    Object.assign(headers, this.rateHeaders(req, false));
    headers['content-length'] = String(Buffer.byteLength(text));
    onHead(status);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  private notFound(
    req: IncomingMessage,
    res: ServerResponse,
    onHead: (s: number) => void,
    doc: string,
  ): void {
    this.json(
      req,
      res,
      404,
      { message: 'Not Found', documentation_url: `${GITHUB_DOCS}/${doc}`, status: '404' },
      onHead,
    );
  }

  private async api(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    onHead: (s: number) => void,
  ): Promise<void> {
    if (this.rateLimit && this.rateLimitLeft > 0) {
      const rl = this.rateLimit;
      if (--this.rateLimitLeft <= 0) this.rateLimit = undefined;
      const headers = this.rateHeaders(req, rl);
      if (rl.status === 429) headers['retry-after'] = '60';
      const body = {
        message: RATE_LIMIT_MESSAGES[rl.status],
        documentation_url:
          rl.status === 403
            ? 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting'
            : 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      };
      const text = JSON.stringify(body);
      onHead(rl.status);
      res.writeHead(rl.status, {
        ...headers,
        'x-github-request-id': randomUUID(),
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      });
      res.end(text);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return this.json(
        req,
        res,
        405,
        { message: 'Method Not Allowed', documentation_url: GITHUB_DOCS },
        onHead,
      );
    }
    const m =
      /^\/repos\/([^/]+)\/([^/]+)\/releases(?:\/(latest|tags\/([^/]+)|assets\/(\d+)|(\d+)))?\/?$/.exec(
        url.pathname,
      );
    if (!m) return this.notFound(req, res, onHead, 'releases/releases');
    const [owner, repo] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
    const fullRepo = `${owner}/${repo}`;
    const releases = this.store.releases(fullRepo);
    if (!releases) return this.notFound(req, res, onHead, 'releases/releases#list-releases');
    if (m[3] === undefined) return this.list(req, res, url, releases, fullRepo, onHead);
    if (m[3] === 'latest') {
      const latest = releases.find((r) => !r.draft && !r.prerelease);
      if (!latest) return this.notFound(req, res, onHead, 'releases/releases#get-the-latest-release');
      return this.json(req, res, 200, this.releaseJson(fullRepo, latest), onHead);
    }
    if (m[4] !== undefined) {
      const rel = releases.find((r) => r.tag === decodeURIComponent(m[4]));
      if (!rel) return this.notFound(req, res, onHead, 'releases/releases#get-a-release-by-tag-name');
      return this.json(req, res, 200, this.releaseJson(fullRepo, rel), onHead);
    }
    if (m[5] !== undefined) {
      for (const rel of releases) {
        const asset = rel.assets.find((a) => a.id === Number(m[5]));
        if (!asset) continue;
        if (String(req.headers.accept).includes('application/octet-stream')) {
          // GitHub redirects asset downloads through the API to the browser download URL.
          onHead(302);
          res.writeHead(302, {
            location: this.downloadUrl(fullRepo, rel.tag, asset.name),
            ...this.rateHeaders(req, false),
          });
          res.end();
          return;
        }
        return this.json(req, res, 200, this.assetJson(fullRepo, rel, asset), onHead);
      }
      return this.notFound(req, res, onHead, 'releases/assets#get-a-release-asset');
    }
    const rel = releases.find((r) => r.id === Number(m[6]));
    if (!rel) return this.notFound(req, res, onHead, 'releases/releases#get-a-release');
    return this.json(req, res, 200, this.releaseJson(fullRepo, rel), onHead);
  }

  private list(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    releases: Release[],
    repo: string,
    onHead: (s: number) => void,
  ): void {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(releases.length / perPage), 1);
    const items = releases.slice((page - 1) * perPage, page * perPage).map((r) => this.releaseJson(repo, r));
    const pageUrl = (p: number) => {
      const u = new URL(url.pathname, this.baseUrl);
      url.searchParams.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const links: string[] = [];
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
    this.json(req, res, 200, items, onHead, links.length ? { link: links.join(', ') } : {});
  }

  downloadUrl(repo: string, tag: string, name: string): string {
    return `${this.baseUrl}/${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
  }

  private assetJson(repo: string, rel: Release, a: Asset): Record<string, unknown> {
    return {
      url: `${this.baseUrl}/repos/${repo}/releases/assets/${a.id}`,
      id: a.id,
      node_id: `RA_${Buffer.from(String(a.id)).toString('base64url')}`,
      name: a.name,
      label: '',
      uploader: this.user(),
      content_type: a.contentType,
      state: 'uploaded',
      size: a.size,
      digest: a.sha256 ? `sha256:${a.sha256}` : null,
      download_count: 0,
      created_at: rel.publishedAt,
      updated_at: rel.publishedAt,
      browser_download_url: this.downloadUrl(repo, rel.tag, a.name),
    };
  }

  private user(): Record<string, unknown> {
    return { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false };
  }

  private releaseJson(repo: string, rel: Release): Record<string, unknown> {
    const api = `${this.baseUrl}/repos/${repo}/releases/${rel.id}`;
    return {
      url: api,
      assets_url: `${api}/assets`,
      upload_url: `${this.baseUrl}/uploads/repos/${repo}/releases/${rel.id}/assets{?name,label}`,
      html_url: `${this.baseUrl}/${repo}/releases/tag/${encodeURIComponent(rel.tag)}`,
      id: rel.id,
      author: this.user(),
      node_id: `RE_${Buffer.from(String(rel.id)).toString('base64url')}`,
      tag_name: rel.tag,
      target_commitish: 'main',
      name: rel.name,
      draft: rel.draft,
      immutable: false,
      prerelease: rel.prerelease,
      created_at: rel.publishedAt,
      updated_at: rel.publishedAt,
      published_at: rel.publishedAt,
      assets: rel.assets.map((a) => this.assetJson(repo, rel, a)),
      tarball_url: `${this.baseUrl}/repos/${repo}/tarball/${rel.tag}`,
      zipball_url: `${this.baseUrl}/repos/${repo}/zipball/${rel.tag}`,
      body: `Release ${rel.tag} (served by the python-embedded test world).`,
    };
  }
}
