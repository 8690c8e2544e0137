// Network faults against downloadFile (the code path of every PBS and uv download) and the GitHub API
// (catalogue), served by the local world with its fault switches. After every failure: no `.partial`,
// no destination file, and a good file already in place is never clobbered.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { createCatalog } from '../../src/core/catalog/index.js';
import { ChecksumMismatchError, DownloadError, RateLimitError } from '../../src/core/errors.js';
import { downloadFile } from '../../src/core/install/download.js';
import { extractArchive } from '../../src/core/install/extract.js';
import { ensureUv } from '../../src/core/uv/install.js';
import { Uv } from '../../src/core/uv/uv.js';
import { VirtualEnvironmentManager } from '../../src/core/venvs/manager.js';
import type { Logger } from '../../src/core/log.js';
import { startWorld, uvBin, type World } from '../../test-world/index.js';
import { describeError, exists, leftovers, rcase, rejection, scratch } from './harness.js';

const AREA = 'network';
const REPO = 'astral-sh/python-build-standalone';
const TAG = 'rel-net';
const BODY = randomBytes(1_500_000);
const SHA = createHash('sha256').update(BODY).digest('hex');
const fast = { backoffMs: 5, maxBackoffMs: 20, timeoutMs: 5_000 };

let world: World;
let dir: string;
let n = 0;

/** A fresh asset name per case, so faults and request counts never leak between cases. */
function asset(): { name: string; url: string } {
  const name = `blob-${++n}.bin`;
  world.server.addAsset(REPO, TAG, name, BODY);
  return { name, url: `${world.mirrorUrl}/${TAG}/${name}` };
}

function collect(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

async function clean(dest: string) {
  expect(await leftovers(path.dirname(dest))).toEqual([]);
}

async function sha(file: string) {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

beforeAll(async () => {
  world = await startWorld();
  dir = await scratch('net');
});
afterAll(async () => {
  await world?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});
beforeEach(() => world.server.clearFaults());

describe('downloads', () => {
  rcase(
    AREA,
    'truncated body, every attempt',
    'DownloadError after retries+1 attempts; nothing left',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'truncate', afterBytes: 100_000 });
      const dest = path.join(dir, 'trunc', a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { sha256: SHA, retries: 2, ...fast }));
      expect(e).toBeInstanceOf(DownloadError);
      expect((e as DownloadError).details.attempts).toBe(3);
      expect(e.message).toMatch(/aborted|100000 of 1500000 bytes/); // node: "aborted" for a short body
      expect(world.server.downloadRequests(a.name)).toHaveLength(3);
      c.result(`${describeError(e)} (3 GETs)`);
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'truncated body once, then healthy',
    'retried; the file is complete and verified',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'truncate', afterBytes: 50_000 });
      const log = collect();
      const origWarn = log.warn;
      log.warn = (m) => {
        origWarn(m);
        world.server.setFault(a.name, undefined); // the network recovers after the first failure
      };
      const dest = path.join(dir, 'trunc-once', a.name);
      const r = await downloadFile(a.url, dest, { sha256: SHA, retries: 3, logger: log, ...fast });
      expect(r.attempts).toBe(2);
      c.result(
        `ok after ${r.attempts} attempts; warned: "${log.lines.find((l) => l.startsWith('warn'))?.slice(6, 90)}..."`,
      );
      await c.intact(async () => {
        expect(await sha(dest)).toBe(SHA);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'wrong bytes (same length)',
    'ChecksumMismatchError naming expected and actual; nothing installed',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'wrong-bytes' });
      const dest = path.join(dir, 'wrong', a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { sha256: SHA, ...fast }));
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      expect((e as ChecksumMismatchError).details.expected).toBe(SHA);
      expect((e as ChecksumMismatchError).details.actual).toMatch(/^[0-9a-f]{64}$/);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'wrong bytes over an existing good file',
    'ChecksumMismatchError; the good file is untouched',
    async (c) => {
      const a = asset();
      const dest = path.join(dir, 'keep', a.name);
      await downloadFile(a.url, dest, { sha256: SHA, ...fast });
      world.server.setFault(a.name, { kind: 'wrong-bytes' });
      const e = await rejection(() => downloadFile(a.url, dest, { sha256: SHA, ...fast }));
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await sha(dest)).toBe(SHA);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'HTTP 503 x3, then OK',
    'succeeds on attempt 4; each retry logged with its backoff',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'status', status: 503, times: 3 });
      const log = collect();
      const dest = path.join(dir, '503', a.name);
      const r = await downloadFile(a.url, dest, { sha256: SHA, retries: 4, logger: log, ...fast });
      expect(r.attempts).toBe(4);
      const warns = log.lines.filter((l) => l.startsWith('warn'));
      expect(warns).toHaveLength(3);
      for (const [i, w] of warns.entries())
        expect(w).toMatch(new RegExp(`HTTP 503.*retry ${i + 1}/4 in \\d+ ms`));
      c.result(`ok, attempts=${r.attempts}, 3 warnings "retry i/4 in N ms"`);
      await c.intact(async () => {
        expect(await sha(dest)).toBe(SHA);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'HTTP 500 forever',
    'DownloadError with attempts and status; retries visible in the log',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'status', status: 500, times: 1000 });
      const log = collect();
      const dest = path.join(dir, '500', a.name);
      const e = await rejection(() =>
        downloadFile(a.url, dest, { sha256: SHA, retries: 3, logger: log, ...fast }),
      );
      expect(e).toBeInstanceOf(DownloadError);
      expect((e as DownloadError).details).toMatchObject({ attempts: 4, status: 500 });
      expect(e.message).toMatch(/after 4 attempt/);
      expect(log.lines.filter((l) => /warn: .*retry \d\/3 in \d+ ms/.test(l))).toHaveLength(3);
      expect(world.server.downloadRequests(a.name)).toHaveLength(4);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'HTTP 429 on the asset, forever',
    'retried as transient, then DownloadError (status 429)',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'status', status: 429, times: 1000 });
      const dest = path.join(dir, '429', a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { sha256: SHA, retries: 2, ...fast }));
      expect(e).toBeInstanceOf(DownloadError);
      expect((e as DownloadError).details).toMatchObject({ attempts: 3, status: 429 });
      c.result(describeError(e));
      await c.intact(() => clean(dest));
    },
  );

  rcase(AREA, 'HTTP 404', 'DownloadError after 1 attempt (not retried)', async (c) => {
    const dest = path.join(dir, '404', 'missing.bin');
    const url = `${world.mirrorUrl}/${TAG}/does-not-exist.bin`;
    const e = await rejection(() => downloadFile(url, dest, { sha256: SHA, retries: 4, ...fast }));
    expect(e).toBeInstanceOf(DownloadError);
    expect((e as DownloadError).details).toMatchObject({ attempts: 1, status: 404 });
    c.result(describeError(e));
    await c.intact(async () => {
      expect(await exists(dest)).toBe(false);
      await clean(dest);
    });
  });

  rcase(AREA, 'connection reset mid-stream, then healthy', 'retried; complete verified file', async (c) => {
    const a = asset();
    world.server.setFault(a.name, { kind: 'close-mid-stream', afterBytes: 200_000 });
    const log = collect();
    log.warn = (m) => {
      log.lines.push(`warn: ${m}`);
      world.server.setFault(a.name, undefined);
    };
    const dest = path.join(dir, 'reset', a.name);
    const r = await downloadFile(a.url, dest, { sha256: SHA, retries: 2, logger: log, ...fast });
    expect(r.attempts).toBe(2);
    c.result(
      `ok after ${r.attempts} attempts (${log.lines.find((l) => l.startsWith('warn'))?.slice(6, 80)}...)`,
    );
    await c.intact(async () => {
      expect(await sha(dest)).toBe(SHA);
      await clean(dest);
    });
  });

  rcase(
    AREA,
    'connection reset mid-stream, every attempt',
    'DownloadError after retries+1 attempts',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'close-mid-stream', afterBytes: 10_000 });
      const dest = path.join(dir, 'reset-always', a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { sha256: SHA, retries: 1, ...fast }));
      expect(e).toBeInstanceOf(DownloadError);
      expect((e as DownloadError).details.attempts).toBe(2);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'slow server past the inactivity timeout',
    'DownloadError ("no data" timeout) after the retries',
    async (c) => {
      const a = asset();
      // the world sends bytesPerSecond/10 bytes every 100 ms: gaps longer than the 40 ms timeout
      world.server.setFault(a.name, { kind: 'slow', bytesPerSecond: 100 });
      const dest = path.join(dir, 'slow', a.name);
      const e = await rejection(() =>
        downloadFile(a.url, dest, { sha256: SHA, retries: 1, backoffMs: 5, maxBackoffMs: 10, timeoutMs: 40 }),
      );
      expect(e).toBeInstanceOf(DownloadError);
      expect((e as DownloadError).details.attempts).toBe(2);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'a stalled download: the error says it timed out',
    'DownloadError whose message names the inactivity timeout (not "aborted (ECONNRESET)")',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'slow', bytesPerSecond: 100 });
      const dest = path.join(dir, 'stall-msg', a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { sha256: SHA, retries: 0, timeoutMs: 40 }));
      c.result(describeError(e));
      expect(e).toBeInstanceOf(DownloadError);
      expect(e.message).toMatch(/timed? ?out|no data|40 ms/i);
      await c.intact(() => clean(dest));
    },
  );

  rcase(
    AREA,
    'slow server, caller deadline (AbortSignal.timeout 400 ms)',
    'rejects with the abort reason, no retry; nothing left',
    async (c) => {
      const a = asset();
      world.server.setFault(a.name, { kind: 'slow', bytesPerSecond: 20_000 });
      const dest = path.join(dir, 'deadline', a.name);
      const e = await rejection(() =>
        downloadFile(a.url, dest, { sha256: SHA, retries: 4, signal: AbortSignal.timeout(400), ...fast }),
      );
      expect(e.name).toBe('TimeoutError');
      expect(world.server.downloadRequests(a.name)).toHaveLength(1);
      c.result(`${describeError(e)} after 1 request`);
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'unreachable host (closed port: DNS-style failure)',
    'DownloadError naming ECONNREFUSED after the retries',
    async (c) => {
      const port = await new Promise<number>((resolve) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as net.AddressInfo).port;
          s.close(() => resolve(p));
        });
      });
      const dest = path.join(dir, 'refused', 'x.bin');
      const e = await rejection(() =>
        downloadFile(`http://127.0.0.1:${port}/x.bin`, dest, { sha256: SHA, retries: 2, ...fast }),
      );
      expect(e).toBeInstanceOf(DownloadError);
      expect(e.message).toMatch(/ECONNREFUSED/);
      expect((e as DownloadError).details.attempts).toBe(3);
      c.result(describeError(e));
      await c.intact(() => clean(dest));
    },
  );

  rcase(
    AREA,
    'no checksum known',
    'ChecksumMismatchError before any request; nothing downloaded',
    async (c) => {
      const a = asset();
      const dest = path.join(dir, 'nosum', a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { ...fast }));
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      expect(world.server.downloadRequests(a.name)).toHaveLength(0);
      c.result(`${describeError(e)}; 0 requests`);
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    },
  );

  rcase(
    AREA,
    'HTTP proxy from the environment (HTTP_PROXY), NO_PROXY bypass',
    'all bytes go through the proxy; NO_PROXY hosts go direct',
    async (c) => {
      const a = asset();
      const origin = new URL(world.baseUrl);
      const seen: string[] = [];
      // A forwarding proxy that knows only one upstream: the world. The URL's host does not even resolve.
      const proxy = http.createServer((req, res) => {
        seen.push(req.url ?? '');
        const up = http.request(
          {
            host: origin.hostname,
            port: origin.port,
            path: new URL(req.url ?? '/').pathname,
            headers: req.headers,
          },
          (ur) => {
            res.writeHead(ur.statusCode ?? 502, ur.headers);
            ur.pipe(res);
          },
        );
        up.on('error', () => res.destroy());
        up.end();
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
      try {
        const pport = (proxy.address() as net.AddressInfo).port;
        const env = { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: 'localhost' };
        const viaName = `http://pbs-mirror.invalid/${REPO}/releases/download/${TAG}/${a.name}`;
        const dest = path.join(dir, 'proxy', a.name);
        await downloadFile(viaName, dest, { sha256: SHA, env, ...fast });
        expect(seen).toEqual([viaName]);
        // NO_PROXY: the same file from a bypassed host goes straight to the world
        const direct = `http://localhost:${origin.port}/${REPO}/releases/download/${TAG}/${a.name}`;
        const dest2 = path.join(dir, 'proxy', `direct-${a.name}`);
        await downloadFile(direct, dest2, { sha256: SHA, env, ...fast });
        expect(seen).toHaveLength(1);
        c.result('proxy saw the absolute-form request; NO_PROXY host bypassed it');
        await c.intact(async () => {
          expect(await sha(dest)).toBe(SHA);
          expect(await sha(dest2)).toBe(SHA);
          await clean(dest);
        });
      } finally {
        await new Promise<void>((r) => proxy.close(() => r()));
      }
    },
  );
});

describe('GitHub API', () => {
  for (const status of [403, 429] as const) {
    rcase(
      AREA,
      `API rate limit ${status}`,
      'RateLimitError naming GITHUB_TOKEN and the reset time; nothing cached as an answer',
      async (c) => {
        const reset = Math.floor(Date.now() / 1000) + 3600;
        world.server.setRateLimit({ status, resetEpochSeconds: reset });
        const cacheDir = path.join(dir, `etag-${status}`);
        try {
          const cat = createCatalog({ source: 'github', apiUrl: world.apiUrl, cacheDir });
          const e = await rejection(() => cat.resolve('3.11.7'));
          expect(e).toBeInstanceOf(RateLimitError);
          expect(e.message).toMatch(/GITHUB_TOKEN/);
          if (status === 403) expect(e.message).toContain(new Date(reset * 1000).toISOString());
          else expect(e.message).toMatch(/resets at \d{4}-/);
          c.result(describeError(e));
        } finally {
          world.server.setRateLimit(undefined);
        }
        await c.intact(async () => {
          // the next call, with the limit lifted, answers normally
          const cat = createCatalog({ source: 'github', apiUrl: world.apiUrl, cacheDir });
          expect((await cat.resolve('3.11.7')).version).toBe('3.11.7');
          expect(await leftovers(dir)).toEqual([]);
        });
      },
    );
  }

  rcase(
    AREA,
    'API rate limit with check-latest (auto)',
    'warning, falls back to the bundled snapshot',
    async (c) => {
      world.server.setRateLimit({ status: 403 });
      const log = collect();
      try {
        const cat = createCatalog({ source: 'auto', apiUrl: world.apiUrl, logger: log });
        const b = await cat.resolve('3.11', { checkLatest: true });
        expect(b.minor).toBe(11);
        expect(log.lines.some((l) => /warn: .*rate limit.*snapshot/i.test(l))).toBe(true);
        c.result(`resolved ${b.key} (${b.build}) from the snapshot, with a warning`);
      } finally {
        world.server.setRateLimit(undefined);
      }
      await c.intact(async () => expect(await leftovers(dir)).toEqual([]));
    },
  );
});

describe('uv release and package index', () => {
  const UV_ASSET = 'uv-x86_64-unknown-linux-gnu.tar.gz';

  rcase(
    AREA,
    'uv archive with wrong bytes, then healthy',
    'ChecksumMismatchError and an empty tools dir; the next call installs uv',
    async (c) => {
      const toolsDir = path.join(dir, 'tools-wrong');
      world.server.setFault(UV_ASSET, { kind: 'wrong-bytes' });
      let e: Error;
      try {
        e = await rejection(() => ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl }));
      } finally {
        world.server.clearFaults();
      }
      expect(e).toBeInstanceOf(ChecksumMismatchError);
      expect(await leftovers(toolsDir)).toEqual([]);
      const ok = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl });
      expect(ok.source).toBe('download');
      c.result(`${describeError(e)}; then uv ${ok.version} installed`);
      await c.intact(async () => {
        expect(await leftovers(toolsDir)).toEqual([]);
        expect((await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl })).source).toBe('cache');
      });
    },
    60_000,
  );

  rcase(
    AREA,
    'uv archive .sha256 companion missing (404)',
    'refused (DownloadError naming the .sha256) unless allowMissingChecksum',
    async (c) => {
      const toolsDir = path.join(dir, 'tools-nosum');
      const before = world.server.downloadRequests(UV_ASSET).length;
      world.server.setFault(`${UV_ASSET}.sha256`, { kind: 'status', status: 404, times: 100 });
      let e: Error;
      try {
        e = await rejection(() => ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl }));
      } finally {
        world.server.clearFaults();
      }
      expect(e.name).toMatch(/DownloadError|ChecksumMismatchError/);
      expect(e.message).toMatch(/sha256/);
      expect(world.server.downloadRequests(UV_ASSET).length).toBe(before); // the archive was never fetched
      c.result(describeError(e));
      await c.intact(async () =>
        expect(
          (await fs.readdir(path.join(toolsDir, 'uv')).catch(() => [])).filter((x) => !x.endsWith('.lock')),
        ).toEqual([]),
      );
    },
    60_000,
  );

  rcase(
    AREA,
    'a wheel download cut mid-stream (every time)',
    'PackageInstallationError; the venv has none of the requested packages',
    async (c) => {
      const inst = path.join(dir, 'inst');
      const a = world.fixture.archives.find(
        (x) => x.flavor === 'install_only_stripped' && x.format === 'tar.zst',
      )!;
      await extractArchive(a.path, inst);
      const uv = new Uv({
        path: uvBin(),
        cacheDir: path.join(dir, 'uv-cache-wheels'),
        indexUrl: world.indexUrl,
        env: { UV_HTTP_RETRIES: '1' },
      });
      const venvs = new VirtualEnvironmentManager({
        instance: { pythonPath: path.join(inst, 'python', 'bin', 'python3'), dir: inst },
        uv,
      });
      const v = await venvs.getOrCreate('w');
      world.server.setFault('six-1.17.0-py2.py3-none-any.whl', {
        kind: 'close-mid-stream',
        afterBytes: 2_000,
      });
      let e: Error;
      try {
        e = await rejection(() => v.install(['idna==3.10', 'six==1.17.0']));
      } finally {
        world.server.clearFaults();
      }
      expect(e.name).toBe('PackageInstallationError');
      c.result(describeError(e));
      await c.intact(async () => {
        expect((await v.list()).map((p) => p.name)).toEqual([]);
        await v.install(['idna==3.10', 'six==1.17.0']);
        expect((await v.list()).map((p) => p.name.toLowerCase()).sort()).toEqual(['idna', 'six']);
      });
    },
    120_000,
  );
});
