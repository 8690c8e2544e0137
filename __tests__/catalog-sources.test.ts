// NDJSON index source (astral-sh/versions format) and checksum fallbacks (SHA256SUMS, .sha256 companions),
// served over real HTTP on 127.0.0.1 by a small server built from the real catalogue rows.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../src/core/catalog/index.js';
import { snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import { DownloadError, InvalidPythonVersionError } from '../src/core/errors.js';
import { parsePlatform } from '../src/core/platform.js';
import { rowsOfBuild } from '../test-world/catalogue.js';

const platform = parsePlatform('linux-x86_64-gnu');
let server: Server;
let base: string;
/** Parent of one cache dir per test (freshCache): no test depends on what another stored. */
let scratch: string;
let caches = 0;
const freshCache = () => path.join(scratch, `cache-${++caches}`);
const seen: { url: string; status: number; inm?: string }[] = [];

const TAG = '20240814';
const NEW = '20990101';
const newAsset = `cpython-3.16.0+${NEW}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz`;
const companionAsset = `cpython-3.16.1+${NEW}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz`;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function ndjson(): string {
  const line = (tag: string, artifacts: object[]) =>
    JSON.stringify({ version: tag, date: `${tag}T00:00:00Z`, artifacts });
  const rows = rowsOfBuild(TAG).map((r) => ({
    platform: 'any',
    variant: 'default',
    url: r.url,
    archive_format: r.url.endsWith('.tar.zst') ? 'tar.zst' : 'tar.gz',
    sha256: r.sha256,
  }));
  const fresh = [
    {
      url: `${base}/dl/${NEW}/${newAsset.replace('+', '%2B')}`,
      archive_format: 'tar.gz',
      sha256: sha('new'),
    },
  ];
  return [line(NEW, fresh), line(TAG, rows)].join('\n') + '\n';
}

// A release without `digest` fields (older GitHub / GHES): checksums must come from SHA256SUMS or .sha256.
function release(): object {
  const asset = (name: string) => ({
    name,
    browser_download_url: `${base}/dl/${NEW}/${encodeURIComponent(name)}`,
  });
  return {
    tag_name: NEW,
    assets: [asset(newAsset), asset('SHA256SUMS'), asset(companionAsset), asset(`${companionAsset}.sha256`)],
  };
}

function handle(req: IncomingMessage): { status: number; body?: string; etag?: string } {
  const url = decodeURIComponent(req.url ?? '');
  if (url === '/index.ndjson') {
    const body = ndjson();
    const etag = `"${sha(body).slice(0, 16)}"`;
    return req.headers['if-none-match'] === etag ? { status: 304, etag } : { status: 200, body, etag };
  }
  if (url === '/broken.ndjson') return { status: 500, body: 'boom' };
  // no usable network: a gateway error, or a captive portal answering every URL with a web page
  if (url.startsWith('/repos/down/')) return { status: 502, body: '<html>Bad Gateway</html>' };
  if (url.startsWith('/repos/portal/')) return { status: 200, body: '<html>Sign in to the Wi-Fi</html>' };
  if (url === `/repos/o/r/releases/tags/${NEW}`) return { status: 200, body: JSON.stringify(release()) };
  if (url === `/dl/${NEW}/SHA256SUMS`) return { status: 200, body: `${sha('new')}  ${newAsset}\n` };
  if (url === `/dl/${NEW}/${companionAsset}.sha256`)
    return { status: 200, body: `${sha('companion')}  ${companionAsset}\n` };
  return { status: 404, body: '{"message":"Not Found"}' };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const r = handle(req);
    seen.push({
      url: req.url ?? '',
      status: r.status,
      inm: req.headers['if-none-match'] as string | undefined,
    });
    res.writeHead(r.status, {
      'content-type':
        req.url?.startsWith('/repos/') && !/^\/repos\/(down|portal)\//.test(req.url)
          ? 'application/json'
          : 'text/html',
      ...(r.etag ? { etag: r.etag } : {}),
    });
    res.end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'pyembed-sources-'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(scratch, { recursive: true, force: true });
});

describe('NDJSON index', () => {
  it('resolves from the index like the snapshot does for the same rows', async () => {
    const catalog = createCatalog({
      source: 'ndjson',
      ndjsonUrl: `${base}/index.ndjson`,
      cacheDir: freshCache(),
    });
    const b = await catalog.resolve('3.12', { platform });
    const fromSnapshot = snapshotIndex().resolve('3.12', { platform, build: TAG });
    expect(b).toEqual({ ...fromSnapshot, source: 'ndjson' });
    expect((await catalog.resolve('3.16', { platform })).sha256).toBe(sha('new'));
    const list = await catalog.list({ platform });
    expect(list[0].version).toBe('3.16.0');
  });

  it('a second process revalidates with If-None-Match and reuses the stored index on 304', async () => {
    const cacheDir = freshCache();
    const options = { source: 'ndjson', ndjsonUrl: `${base}/index.ndjson`, cacheDir } as const;
    const first = seen.length;
    expect((await createCatalog(options).resolve('3.12.5', { platform })).build).toBe(TAG);
    expect(seen.slice(first)).toEqual([{ url: '/index.ndjson', status: 200, inm: undefined }]);
    const second = seen.length;
    expect((await createCatalog(options).resolve('3.12.5', { platform })).build).toBe(TAG);
    const etag = `"${sha(ndjson()).slice(0, 16)}"`;
    expect(seen.slice(second)).toEqual([{ url: '/index.ndjson', status: 304, inm: etag }]);
  });

  it('auto mode consults a configured index for what the snapshot lacks, with no API calls', async () => {
    const before = seen.length;
    const catalog = createCatalog({
      ndjsonUrl: `${base}/index.ndjson`,
      apiUrl: base,
      cacheDir: freshCache(),
    });
    expect((await catalog.resolve('3.16', { platform })).source).toBe('ndjson');
    expect(seen.slice(before).filter((r) => r.url.startsWith('/repos/'))).toEqual([]);
  });

  it('an unreachable index is a DownloadError naming the URL', async () => {
    const err = await createCatalog({
      source: 'ndjson',
      ndjsonUrl: `${base}/broken.ndjson`,
      cacheDir: freshCache(),
    })
      .resolve('3.12', { platform })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as Error).message).toContain('/broken.ndjson: HTTP 500');
  });
});

describe('checksums without a digest field', () => {
  it('reads SHA256SUMS of the release for the chosen asset', async () => {
    const catalog = createCatalog({ source: 'github', apiUrl: base, pbsRepo: 'o/r', cacheDir: freshCache() });
    const b = await catalog.resolve('3.16.0', { platform, build: NEW });
    expect(b).toMatchObject({ assetName: newAsset, sha256: sha('new') });
  });

  it('falls back to a .sha256 companion when SHA256SUMS does not list the asset', async () => {
    const catalog = createCatalog({ source: 'github', apiUrl: base, pbsRepo: 'o/r', cacheDir: freshCache() });
    const b = await catalog.resolve('3.16.1', { platform, build: NEW });
    expect(b).toMatchObject({ assetName: companionAsset, sha256: sha('companion') });
  });
});

describe('no usable network for the GitHub API', () => {
  async function closedPort(): Promise<string> {
    const s = createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const port = (s.address() as AddressInfo).port;
    await new Promise((resolve) => s.close(resolve));
    return `http://127.0.0.1:${port}`;
  }

  it("auto gives the snapshot's answer or its nearest-versions error; github a DownloadError with the URL", async () => {
    const cases = [
      { what: 'connection refused', apiUrl: await closedPort(), pbsRepo: 'o/r' },
      { what: 'HTTP 502', apiUrl: base, pbsRepo: 'down/r' },
      { what: 'captive portal (200, HTML)', apiUrl: base, pbsRepo: 'portal/r' },
    ];
    for (const c of cases) {
      const auto = createCatalog({
        source: 'auto',
        apiUrl: c.apiUrl,
        pbsRepo: c.pbsRepo,
        cacheDir: freshCache(),
      });
      const miss = await auto.resolve('3.13.99', { platform }).catch((e: unknown) => e);
      expect(miss, c.what).toBeInstanceOf(InvalidPythonVersionError);
      expect((miss as InvalidPythonVersionError).details.available?.length, c.what).toBeGreaterThan(0);
      const pinned = await auto.resolve('3.11', { platform, build: '20991231' }).catch((e: unknown) => e);
      expect(pinned, c.what).toBeInstanceOf(InvalidPythonVersionError);
      // check-latest is best effort: the snapshot's build
      expect((await auto.resolve('3.11.7', { platform, checkLatest: true })).source, c.what).toBe('snapshot');

      const gh = createCatalog({
        source: 'github',
        apiUrl: c.apiUrl,
        pbsRepo: c.pbsRepo,
        cacheDir: freshCache(),
      });
      const err = await gh.resolve('3.13.99', { platform }).catch((e: unknown) => e);
      expect(err, c.what).toBeInstanceOf(DownloadError);
      expect((err as DownloadError).details.requested, c.what).toContain(`${c.apiUrl}/repos/${c.pbsRepo}/`);
      expect((err as DownloadError).details.hint, c.what).toMatch(/GITHUB_API_URL/);
    }
  });
});
