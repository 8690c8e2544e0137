// Release asset downloads from the world: checksums, URL encoding, HEAD, and every fault switch.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from '../test-world/http-get.js';
import { startWorld, type World } from '../test-world/index.js';

let world: World;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const REPO = 'astral-sh/python-build-standalone';

/** Parses `<sha256>  <name>` lines. */
async function sums(tag: string): Promise<Map<string, string>> {
  const text = await (await fetch(`${world.mirrorUrl}/${tag}/SHA256SUMS`)).text();
  return new Map(
    text
      .trim()
      .split('\n')
      .map((l) => [l.slice(66), l.slice(0, 64)] as [string, string]),
  );
}

// A small asset so fault tests move few bytes: 64 KiB of a known pattern.
const BODY = Buffer.alloc(64 * 1024, 0);
for (let i = 0; i < BODY.length; i++) BODY[i] = (i * 31 + 7) & 0xff;
const NAME = 'fault-probe.bin';
let probeUrl: string;

beforeAll(async () => {
  world = await startWorld();
  world.server.addAsset(REPO, '20240107', NAME, BODY);
  probeUrl = `${world.mirrorUrl}/20240107/${NAME}`;
});
afterAll(() => world.close());
afterEach(() => world.server.clearFaults());

describe('downloads', () => {
  it('serves the fixture archive whose sha256 is the one in SHA256SUMS (and the manifest)', async () => {
    const a = world.fixture.archives.find(
      (x) => x.flavor === 'install_only_stripped' && x.format === 'tar.zst',
    )!;
    const url = `${world.mirrorUrl}/${world.fixture.build}/${encodeURIComponent(a.assetName)}`;
    expect(url).toContain('%2B20240108');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(sha(body)).toBe((await sums(world.fixture.build)).get(a.assetName));
    expect(sha(body)).toBe(a.sha256);
    expect(world.server.downloadRequests(a.assetName)).toHaveLength(1);
  });

  it("lists every asset of the tag in SHA256SUMS: the catalogue's, and the fixture's in a release of its own", async () => {
    const lines = await sums('20240107');
    expect(lines.get(NAME)).toBe(sha(BODY)); // addAsset updated it
    expect(lines.get('cpython-3.12.1+20240107-aarch64-apple-darwin-install_only.tar.gz')).toBe(
      'f93f8375ca6ac0a35d58ff007043cbd3a88d9609113f1cb59cf7c8d215f064af',
    );
    // the catalogue's 3.11.7 line stays the real PBS one; the fixture's bytes are listed under the world's tag
    expect(lines.get('cpython-3.11.7+20240107-x86_64-unknown-linux-gnu-install_only.tar.gz')).toMatch(
      /^[0-9a-f]{64}$/,
    );
    const own = await sums(world.fixture.build);
    expect(own.size).toBe(world.fixture.archives.length);
    for (const a of world.fixture.archives) {
      expect(own.get(a.assetName)).toBe(a.sha256);
      expect(lines.get(a.assetName)).toBeUndefined();
    }
    expect((await sums('20260814')).size).toBeGreaterThan(300);
  });

  it('answers HEAD with the length and no body; unknown assets and tags with 404', async () => {
    const head = await rawGet(probeUrl, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(BODY.length));
    expect(head.body.length).toBe(0);
    expect((await rawGet(`${world.mirrorUrl}/20240107/nope.tar.gz`)).status).toBe(404);
    expect((await rawGet(`${world.mirrorUrl}/19990101/${NAME}`)).status).toBe(404);
  });

  it('honours a single Range (206, Content-Range) and refuses one past the end (416)', async () => {
    const r = await rawGet(probeUrl, { headers: { range: 'bytes=100-199' } });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 100-199/${BODY.length}`);
    expect(r.body).toEqual(BODY.subarray(100, 200));
    const tail = await rawGet(probeUrl, { headers: { range: 'bytes=-10' } });
    expect(tail.body).toEqual(BODY.subarray(BODY.length - 10));
    const open = await rawGet(probeUrl, { headers: { range: `bytes=${BODY.length - 5}-` } });
    expect(open.body).toEqual(BODY.subarray(BODY.length - 5));
    expect((await rawGet(probeUrl, { headers: { range: `bytes=${BODY.length}-` } })).status).toBe(416);
  });

  it('serves the uv release archive with a matching .sha256 file', async () => {
    const base = `${world.uvDownloadUrl}/0.13.9/uv-x86_64-unknown-linux-gnu.tar.gz`;
    const body = Buffer.from(await (await fetch(base)).arrayBuffer());
    const line = await (await fetch(`${base}.sha256`)).text();
    expect(line).toBe(`${sha(body)}  uv-x86_64-unknown-linux-gnu.tar.gz\n`);
  });

  it('records every request with method, path, status and headers', async () => {
    await rawGet(probeUrl, { headers: { 'x-probe': 'yes' } });
    const rec = world.server.downloadRequests(NAME).at(-1)!;
    expect(rec).toMatchObject({
      method: 'GET',
      status: 200,
      path: `/${REPO}/releases/download/20240107/${NAME}`,
    });
    expect(rec.headers['x-probe']).toBe('yes');
  });
});

describe('fault switches', () => {
  it('truncate: announces the full length, sends N bytes, then closes', async () => {
    world.server.setFault(NAME, { kind: 'truncate', afterBytes: 1000 });
    const r = await rawGet(probeUrl);
    expect(r.headers['content-length']).toBe(String(BODY.length));
    expect(r.body).toEqual(BODY.subarray(0, 1000));
    expect(r.ending).not.toBe('complete');
    await expect(fetch(probeUrl).then((x) => x.arrayBuffer())).rejects.toThrow();
  });

  it('wrong-bytes: same length, different content (sha256 differs from SHA256SUMS)', async () => {
    world.server.setFault(NAME, { kind: 'wrong-bytes' });
    const r = await rawGet(probeUrl);
    expect(r.ending).toBe('complete');
    expect(r.body.length).toBe(BODY.length);
    expect(sha(r.body)).not.toBe((await sums('20240107')).get(NAME));
  });

  it('status: fails n times with the status, then serves the file', async () => {
    world.server.setFault(NAME, { kind: 'status', status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await rawGet(probeUrl)).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(
      world.server
        .downloadRequests(NAME)
        .slice(-3)
        .map((r) => r.status),
    ).toEqual([503, 503, 200]);
  });

  it('close-mid-stream: resets the connection after at most N bytes', async () => {
    world.server.setFault(NAME, { kind: 'close-mid-stream', afterBytes: 4096 });
    // The RST may overtake bytes the client has not read yet (the kernel then drops them), so the client
    // sees either a 200 with at most N bytes that never completes, or ECONNRESET before the headers.
    const r = await rawGet(probeUrl).catch((e: NodeJS.ErrnoException) => String(e.code));
    if (typeof r === 'string') {
      expect(r).toBe('ECONNRESET');
    } else {
      expect(r.status).toBe(200);
      expect(r.body.length).toBeLessThanOrEqual(4096);
      expect(r.body).toEqual(BODY.subarray(0, r.body.length));
      expect(r.ending).not.toBe('complete');
    }
  });

  it('slow: delivers the whole body in throttled pieces of bytesPerSecond/10', async () => {
    world.server.setFault(NAME, { kind: 'slow', bytesPerSecond: 200_000 });
    const r = await rawGet(probeUrl);
    expect(r.ending).toBe('complete');
    expect(r.body).toEqual(BODY);
    expect(Math.max(...r.chunks)).toBeLessThanOrEqual(20_000);
    expect(r.chunks.length).toBeGreaterThanOrEqual(Math.ceil(BODY.length / 20_000));
  });

  it('faults apply to the named asset only and clear', async () => {
    world.server.setFault(NAME, { kind: 'status', status: 500, times: 5 });
    const other = `${world.mirrorUrl}/20240107/SHA256SUMS`;
    expect((await rawGet(other)).status).toBe(200);
    world.server.setFault(NAME, undefined);
    expect((await rawGet(probeUrl)).status).toBe(200);
  });

  it('addAsset takes a file path too', async () => {
    const file = world.fixture.archives[0].path;
    world.server.addAsset('someone/mirror', 'v1', 'copy.tar.gz', file);
    const r = await rawGet(`${world.baseUrl}/someone/mirror/releases/download/v1/copy.tar.gz`, {
      method: 'HEAD',
    });
    expect(r.headers['content-length']).toBe(String((await fs.stat(file)).size));
  });
});
