// The world's GitHub REST releases API, driven by the real @octokit/rest client.
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { PBS_TAGS } from '../test-world/releases.js';

let world: World;
let octokit: Octokit;
const owner = 'astral-sh';
const repo = 'python-build-standalone';

// Octokit logs every 4xx; the failures here are the point of the tests.
const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

beforeAll(async () => {
  world = await startWorld();
  octokit = new Octokit({ baseUrl: world.apiUrl, log });
});
afterAll(() => world.close());

interface HttpError {
  status: number;
  response?: { headers: Record<string, string | undefined>; data: unknown };
}
async function failure(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (e) {
    return e as HttpError;
  }
  throw new Error('expected the request to fail');
}

/** Every PBS release the world serves, newest first: the catalogue's tags and the fixture's own release. */
const allTags = () => [...PBS_TAGS, world.fixture.build].sort().reverse();

describe('releases API', () => {
  it('lists every release across pages with octokit.paginate, following Link rel=next', async () => {
    const before = world.server.apiRequests().length;
    const releases = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 2 });
    expect(releases.map((r) => r.tag_name)).toEqual(allTags()); // newest first, like GitHub
    const pages = world.server.apiRequests().slice(before);
    expect(pages).toHaveLength(Math.ceil(allTags().length / 2));
    expect(pages.map((r) => new URL(r.path, world.baseUrl).searchParams.get('page') ?? '1')).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('sends Link next/last/prev/first headers and honours per_page', async () => {
    const res = await fetch(`${world.apiUrl}/repos/${owner}/${repo}/releases?per_page=3&page=2`);
    const link = res.headers.get('link')!;
    expect(link).toContain('page=3>; rel="next"');
    expect(link).toContain('page=3>; rel="last"');
    expect(link).toContain('page=1>; rel="prev"');
    expect(link).toContain('page=1>; rel="first"');
    const body = (await res.json()) as { tag_name: string }[];
    expect(body.map((r) => r.tag_name)).toEqual(allTags().slice(3, 6));
    const lastPage = await fetch(`${world.apiUrl}/repos/${owner}/${repo}/releases?per_page=3&page=3`);
    expect(lastPage.headers.get('link')).not.toContain('rel="next"');
  });

  it('answers a repeated conditional request with 304 (RequestError status 304)', async () => {
    const first = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: '20240107' });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const err = await failure(
      octokit.rest.repos.getReleaseByTag({
        owner,
        repo,
        tag: '20240107',
        headers: { 'if-none-match': etag },
      }),
    );
    expect(err.status).toBe(304);
    expect(world.server.apiRequests().at(-1)!.status).toBe(304);
    // The ETag follows the content: a new asset makes the old tag stale.
    world.server.addAsset(`${owner}/${repo}`, '20240107', 'notes.txt', Buffer.from('hello\n'));
    const fresh = await octokit.rest.repos.getReleaseByTag({
      owner,
      repo,
      tag: '20240107',
      headers: { 'if-none-match': etag },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.etag).not.toBe(etag);
  });

  it('serves latest and by-tag releases shaped like GitHub, with the catalogue asset names', async () => {
    const latest = await octokit.rest.repos.getLatestRelease({ owner, repo });
    expect(latest.data.tag_name).toBe('20260814');
    expect(latest.headers['x-ratelimit-limit']).toBe('60');
    const rel = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: '20240107' })).data;
    expect(rel).toMatchObject({ tag_name: '20240107', name: '20240107', draft: false, prerelease: false });
    expect(rel.published_at).toBe('2024-01-07T12:00:00Z');
    const byName = new Map(rel.assets.map((a) => [a.name, a]));
    // A catalogue-only asset: listed with its real sha256 digest, no bytes behind it.
    const aarch64 = byName.get('cpython-3.12.1+20240107-aarch64-apple-darwin-install_only.tar.gz')!;
    expect(aarch64.digest).toBe('sha256:f93f8375ca6ac0a35d58ff007043cbd3a88d9609113f1cb59cf7c8d215f064af');
    expect(aarch64.size).toBeGreaterThan(0);
    expect(aarch64.browser_download_url).toBe(
      `${world.mirrorUrl}/20240107/cpython-3.12.1%2B20240107-aarch64-apple-darwin-install_only.tar.gz`,
    );
    expect((await fetch(aarch64.browser_download_url)).status).toBe(404);
    // The real fixture archives, in a release of their own (a tag the bundled catalogue does not know),
    // with real sizes and digests.
    const tag = world.fixture.build;
    const own = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
    const ownByName = new Map(own.assets.map((a) => [a.name, a]));
    for (const a of world.fixture.archives) {
      expect(byName.has(a.assetName)).toBe(false);
      expect(ownByName.get(a.assetName)?.digest).toBe(`sha256:${a.sha256}`);
    }
    expect(byName.has('SHA256SUMS')).toBe(true);
    const legacy = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: '20211017' })).data;
    expect(legacy.assets.map((a) => a.name)).toContain(
      'cpython-3.10.0-x86_64-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst',
    );
  });

  it('answers unknown tags and repos with GitHub 404 bodies', async () => {
    const e1 = await failure(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: '19990101' }));
    expect(e1.status).toBe(404);
    expect(e1.response?.data).toMatchObject({ message: 'Not Found' });
    const e2 = await failure(octokit.rest.repos.listReleases({ owner: 'nobody', repo: 'nothing' }));
    expect(e2.status).toBe(404);
  });

  it('serves uv releases too', async () => {
    const rel = (await octokit.rest.repos.getReleaseByTag({ owner: 'astral-sh', repo: 'uv', tag: '0.13.9' }))
      .data;
    expect(rel.assets.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'uv-x86_64-unknown-linux-gnu.tar.gz',
        'uv-x86_64-unknown-linux-gnu.tar.gz.sha256',
      ]),
    );
  });
});

describe('rate limits', () => {
  it.each([403, 429] as const)(
    'answers %i with x-ratelimit-* headers and GitHub message while set',
    async (status) => {
      const reset = Math.floor(Date.now() / 1000) + 120;
      world.server.setRateLimit({ status, times: 2, resetEpochSeconds: reset });
      for (let i = 0; i < 2; i++) {
        const err = await failure(octokit.rest.repos.getLatestRelease({ owner, repo }));
        expect(err.status).toBe(status);
        const h = err.response!.headers;
        expect(h['x-ratelimit-remaining']).toBe('0');
        expect(h['x-ratelimit-limit']).toBe('60');
        expect(h['x-ratelimit-reset']).toBe(String(reset));
        if (status === 429) expect(h['retry-after']).toBe('60');
        expect(JSON.stringify(err.response!.data)).toMatch(
          status === 403 ? /API rate limit exceeded/ : /secondary rate limit/,
        );
      }
      // `times` used up: back to normal.
      const ok = await octokit.rest.repos.getLatestRelease({ owner, repo });
      expect(ok.status).toBe(200);
      expect(Number(ok.headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
    },
  );

  it('stays limited until cleared when no count is given, and an Authorization header raises the limit', async () => {
    world.server.setRateLimit({ status: 403 });
    for (let i = 0; i < 3; i++)
      expect((await failure(octokit.rest.repos.getLatestRelease({ owner, repo }))).status).toBe(403);
    world.server.setRateLimit(undefined);
    const authed = new Octokit({ baseUrl: world.apiUrl, auth: 'test-token', log });
    const ok = await authed.rest.repos.getLatestRelease({ owner, repo });
    expect(ok.headers['x-ratelimit-limit']).toBe('5000');
    expect(world.server.apiRequests().at(-1)!.headers.authorization).toBe('token test-token');
  });
});
