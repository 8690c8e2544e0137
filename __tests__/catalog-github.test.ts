// The catalogue against the world's GitHub REST releases API (real @octokit/rest, real HTTP on 127.0.0.1):
// 0 API calls on the default path, fewest calls otherwise, pagination, ETag/304 reuse, rate-limit errors.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, type CatalogOptions } from '../src/core/catalog/index.js';
import {
  findBestMatchingVersion,
  getLatestPythonVersion,
  listAvailableVersions,
} from '../src/core/catalog/library.js';
import {
  ConfigurationError,
  DownloadError,
  InvalidPythonVersionError,
  RateLimitError,
} from '../src/core/errors.js';
import { parsePlatform } from '../src/core/platform.js';
import { startWorld, type World } from '../test-world/index.js';
import { PBS_TAGS } from '../test-world/releases.js';

const REPO = 'astral-sh/python-build-standalone';
const platform = parsePlatform('linux-x86_64-gnu');
let world: World;
let cacheDir: string;

// Releases newer than anything in the snapshot, added to the world once.
const NEW_TAG = '20990101';
const PIN_TAG = '20980101';
const newAsset = (v: string, tag: string, flavor = 'install_only_stripped') =>
  `cpython-${v}+${tag}-x86_64-unknown-linux-gnu-${flavor}.tar.gz`;

beforeAll(async () => {
  world = await startWorld();
  world.server.addAsset(REPO, NEW_TAG, newAsset('3.16.1', NEW_TAG), Buffer.from('python 3.16.1 archive'));
  world.server.addAsset(
    REPO,
    NEW_TAG,
    `${newAsset('3.16.1', NEW_TAG)}.sha256`,
    Buffer.from('not an archive'),
  );
  world.server.addAsset(REPO, NEW_TAG, newAsset('3.12.99', NEW_TAG), Buffer.from('python 3.12.99 archive'));
  world.server.addAsset(REPO, PIN_TAG, newAsset('3.12.98', PIN_TAG), Buffer.from('python 3.12.98 archive'));
  world.server.addAsset(
    REPO,
    PIN_TAG,
    newAsset('3.12.98', PIN_TAG, 'install_only'),
    Buffer.from('unstripped'),
  );
});
afterAll(() => world?.close());
beforeEach(async () => {
  world.server.setRateLimit(undefined);
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-catalog-'));
  return () => rm(cacheDir, { recursive: true, force: true });
});

const options = (o: CatalogOptions = {}): CatalogOptions => ({ apiUrl: world.apiUrl, cacheDir, ...o });
const apiCount = () => world.server.apiRequests().length;
const newApi = (before: number) => world.server.apiRequests().slice(before);

describe('default path (auto)', () => {
  it('resolves from the snapshot with zero API calls', async () => {
    const before = apiCount();
    const catalog = createCatalog(options());
    for (const spec of [
      '3.12',
      '3.11.7',
      '>=3.10,<3.12',
      '3.13t',
      'latest',
      'cpython-3.12.5-linux-x86_64-gnu',
    ]) {
      await catalog.resolve(spec, { platform });
    }
    expect((await catalog.resolve('3.11.7', { platform })).key).toBe(world.fixture.key);
    // the bundled catalogue's own release of 3.11.7 (the world serves its bytes under another tag)
    expect((await catalog.resolve('3.11.7', { platform })).build).toBe('20240107');
    await catalog.list({ platform });
    expect(catalog.apiCalls).toBe(0);
    expect(newApi(before)).toEqual([]);
  });

  it('library helpers resolve over the default catalogue without API calls', async () => {
    const before = apiCount();
    expect((await findBestMatchingVersion('3.12', { platform })).version).toBe('3.12.14');
    expect((await getLatestPythonVersion({ platform })).version).toBe('3.14.7');
    const list = await listAvailableVersions('20240814', { platform });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((b) => b.build === '20240814')).toBe(true);
    expect(newApi(before)).toEqual([]);
  });

  it('a version the snapshot lacks costs one conditional releases/latest call; .sha256 companions are never chosen', async () => {
    const before = apiCount();
    const catalog = createCatalog(options());
    const b = await catalog.resolve('3.16', { platform });
    expect(b).toMatchObject({
      version: '3.16.1',
      build: NEW_TAG,
      source: 'github',
      assetName: newAsset('3.16.1', NEW_TAG),
    });
    expect(b.url).toBe(`${world.mirrorUrl}/${NEW_TAG}/${newAsset('3.16.1', NEW_TAG).replace('+', '%2B')}`);
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/); // from the asset digest
    const calls = newApi(before);
    expect(calls.map((r) => r.path)).toEqual([`/repos/${REPO}/releases/latest`]);
    // the archive really is what the URL serves, and its checksum matches
    const body = Buffer.from(await (await fetch(b.url)).arrayBuffer());
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(body).digest('hex')).toBe(b.sha256);
  });

  it('a build pin the snapshot lacks costs one releases/tags/{tag} call', async () => {
    const before = apiCount();
    const catalog = createCatalog(options());
    const b = await catalog.resolve('3.12', { platform, build: PIN_TAG });
    expect(b).toMatchObject({ version: '3.12.98', build: PIN_TAG, flavor: 'install_only_stripped' });
    const unstripped = await catalog.resolve('3.12', { platform, build: PIN_TAG, flavor: 'install_only' });
    expect(unstripped).toMatchObject({
      flavor: 'install_only',
      assetName: newAsset('3.12.98', PIN_TAG, 'install_only'),
    });
    expect(unstripped.sha256).toMatch(/^[0-9a-f]{64}$/); // a real asset here, so its own checksum
    expect(newApi(before).map((r) => r.path)).toEqual([`/repos/${REPO}/releases/tags/${PIN_TAG}`]);
  });

  it('a build pin that exists nowhere is InvalidPythonVersionError naming known releases', async () => {
    const catalog = createCatalog(options());
    const err = await catalog.resolve('3.12', { platform, build: '20000101' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPythonVersionError);
    expect((err as InvalidPythonVersionError).details.available).toContain('20200418');
  });

  it('checkLatest asks releases/latest once and takes a newer build when there is one', async () => {
    const catalog = createCatalog(options());
    const before = apiCount();
    expect(await catalog.resolve('3.12', { platform, checkLatest: true })).toMatchObject({
      version: '3.12.99',
      build: NEW_TAG,
    });
    // nothing newer for 3.11 in the latest release: the snapshot's answer stands
    expect(await catalog.resolve('3.11', { platform, checkLatest: true })).toMatchObject({
      source: 'snapshot',
    });
    expect(newApi(before).map((r) => r.path)).toEqual([
      `/repos/${REPO}/releases/latest`,
      `/repos/${REPO}/releases/latest`,
    ]);
  });
});

describe('auto: no match and no network', () => {
  it('a version that exists nowhere costs one releases/latest call, never a walk over every page', async () => {
    const before = apiCount();
    const err = await createCatalog(options())
      .resolve('3.99', { platform })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPythonVersionError);
    expect((err as InvalidPythonVersionError).details.available).toContain('3.16.1');
    expect(newApi(before).map((r) => r.path)).toEqual([`/repos/${REPO}/releases/latest`]);
  });

  it('an unreachable API keeps the snapshot answer (check-latest) or its nearest-versions error', async () => {
    const { createServer } = await import('node:net');
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r)); // nothing listens there now
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (m: string) => warnings.push(m) };
    const catalog = createCatalog({ apiUrl: `http://127.0.0.1:${port}`, logger });
    expect(await catalog.resolve('3.12', { platform, checkLatest: true })).toMatchObject({
      version: '3.12.14',
    });
    const err = await catalog.resolve('3.99', { platform }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPythonVersionError);
    expect(warnings.join('\n')).toContain('could not read GitHub releases');
  });
});

describe('ETag / 304', () => {
  it('a second process reuses the stored body on 304', async () => {
    const first = createCatalog(options());
    const a = await first.resolve('3.12', { platform, build: PIN_TAG });
    const before = apiCount();
    const second = createCatalog(options()); // same cacheDir, fresh memory
    const b = await second.resolve('3.12', { platform, build: PIN_TAG });
    expect(b).toEqual(a);
    const calls = newApi(before);
    expect(calls).toHaveLength(1);
    expect(calls[0].status).toBe(304);
    expect(calls[0].headers['if-none-match']).toMatch(/^"[0-9a-f]{40}"$/);
  });

  it('without a cacheDir there is no stored ETag, so the request is unconditional', async () => {
    const before = apiCount();
    await createCatalog({ apiUrl: world.apiUrl }).resolve('3.12', { platform, build: PIN_TAG });
    const calls = newApi(before);
    expect(calls).toHaveLength(1);
    expect(calls[0].status).toBe(200);
    expect(calls[0].headers['if-none-match']).toBeUndefined();
  });
});

describe('github source: pagination', () => {
  it('walks release pages (Link rel=next) until a match, newest first', async () => {
    const catalog = createCatalog(options({ source: 'github', pageSize: 2 }));
    const before = apiCount();
    const b = await catalog.resolve('3.10.0', { platform });
    expect(b).toMatchObject({ version: '3.10.0', build: '20211017', flavor: 'full', source: 'github' });
    expect(b.assetName).toBe('cpython-3.10.0-x86_64-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst');
    const paths = newApi(before).map((r) => r.path);
    const totalReleases = PBS_TAGS.length + 3; // + NEW_TAG, PIN_TAG and the world's fixture release
    expect(paths[0]).toBe(`/repos/${REPO}/releases/latest`);
    expect(paths.slice(1)).toEqual(
      Array.from(
        { length: Math.ceil(totalReleases / 2) },
        (_, i) => `/repos/${REPO}/releases?per_page=2&page=${i + 1}`,
      ),
    );
  });

  it('lists every release across pages', async () => {
    const catalog = createCatalog(options({ source: 'github', pageSize: 3 }));
    const list = await catalog.list({ platform, all: true });
    const builds = new Set(list.map((b) => b.build));
    for (const tag of [...PBS_TAGS, NEW_TAG, PIN_TAG]) expect(builds.has(tag)).toBe(true);
    expect(list.some((b) => b.assetName.endsWith('.sha256'))).toBe(false);
    expect(catalog.apiCalls).toBe(Math.ceil((PBS_TAGS.length + 3) / 3)); // + NEW_TAG, PIN_TAG, the fixture's
  });

  it('finds nothing for a version that exists nowhere and names the nearest real ones', async () => {
    const catalog = createCatalog(options({ source: 'github', pageSize: 100 }));
    const err = await catalog.resolve('3.17', { platform }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPythonVersionError);
    expect((err as InvalidPythonVersionError).details.available).toContain('3.16.1');
  });
});

describe('rate limits', () => {
  it.each([403, 429] as const)(
    'HTTP %i -> RateLimitError naming GITHUB_TOKEN and the reset time',
    async (status) => {
      const reset = Math.floor(Date.UTC(2030, 0, 2, 3, 4, 5) / 1000);
      world.server.setRateLimit({ status, resetEpochSeconds: reset });
      const err = await createCatalog(options())
        .resolve('3.12', { platform, build: PIN_TAG })
        .catch((e: unknown) => e);
      world.server.setRateLimit(undefined);
      expect(err).toBeInstanceOf(RateLimitError);
      const e = err as RateLimitError;
      expect(e.message).toContain(`HTTP ${status}`);
      expect(e.message).toContain('2030-01-02T03:04:05.000Z');
      expect(e.guidance).toContain('GITHUB_TOKEN');
      expect(e.exitCode).toBe(12);
    },
  );

  it('sends the token when given, and check-latest under a rate limit keeps the snapshot answer', async () => {
    const before = apiCount();
    world.server.setRateLimit({ status: 403, times: 1 });
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (m: string) => warnings.push(m) };
    const b = await createCatalog(options({ token: 'ghs_test123', logger })).resolve('3.11', {
      platform,
      checkLatest: true,
    });
    expect(b.source).toBe('snapshot');
    expect(warnings.join('\n')).toContain('rate limit');
    const [call] = newApi(before);
    expect(call.headers.authorization).toBe('token ghs_test123');
  });
});

describe('other API failures', () => {
  it('a repo without releases is a ConfigurationError naming the repo', async () => {
    const err = await createCatalog(options({ source: 'github', pbsRepo: 'nobody/nothing' }))
      .resolve('3.12', { platform })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain('nobody/nothing');
  });

  it('an API server error is a DownloadError with the URL and status', async () => {
    const { createServer } = await import('node:http');
    const srv = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"message":"Bad Gateway"}');
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(srv.address() as { port: number }).port}`;
    try {
      const err = await createCatalog({ source: 'github', apiUrl: url })
        .resolve('3.12', { platform, build: '20240814' })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DownloadError);
      expect((err as Error).message).toContain(`${url}/repos/${REPO}/releases/tags/20240814 -> HTTP 502`);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  });
});

describe('another repo / GHES base URL', () => {
  it('reads releases of a configured owner/repo', async () => {
    const w2 = await startWorld({ pbsRepo: 'acme/pbs-mirror' });
    try {
      const before = w2.server.apiRequests().length;
      const b = await createCatalog({
        apiUrl: w2.apiUrl,
        pbsRepo: 'acme/pbs-mirror',
        source: 'github',
      }).resolve('3.11.7', {
        platform,
        build: '20240107',
      });
      expect(b.url.startsWith(`${w2.baseUrl}/acme/pbs-mirror/releases/download/20240107/`)).toBe(true);
      expect(
        w2.server
          .apiRequests()
          .slice(before)
          .map((r) => r.path),
      ).toEqual(['/repos/acme/pbs-mirror/releases/tags/20240107']);
    } finally {
      await w2.close();
    }
  });
});
