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
import type { DownloadOptions } from '../../src/core/install/download.js';
import { startWorld, uvBin, type Fault, type World } from '../../test-world/index.js';
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

/** A name nothing was published under: the server answers 404. */
function missingAsset(): { name: string; url: string } {
  const name = `missing-${++n}.bin`;
  return { name, url: `${world.mirrorUrl}/${TAG}/${name}` };
}

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

/** A download that must fail: the fault on a fresh asset, the options, and the error it must end in. */
interface FailingDownload {
  name: string;
  expected: string;
  /** Set on a fresh asset before the download. */
  fault?: Fault;
  /** Ask for a name nothing was published under (404). */
  missing?: true;
  options: Partial<DownloadOptions>;
  error: typeof DownloadError | typeof ChecksumMismatchError;
  details?: Record<string, unknown>;
  message?: RegExp;
  /** GETs the server saw for the asset. */
  requests?: number;
  /** Warnings logged with the retry and its backoff. */
  retryWarnings?: number;
}

const withSha = { sha256: SHA, ...fast };
const failing: FailingDownload[] = [
  {
    name: 'truncated body, every attempt',
    expected: 'DownloadError after retries+1 attempts; nothing left',
    fault: { kind: 'truncate', afterBytes: 100_000 },
    options: { ...withSha, retries: 2 },
    error: DownloadError,
    details: { attempts: 3 },
    message: /aborted|100000 of 1500000 bytes/, // node: "aborted" for a short body
    requests: 3,
  },
  {
    name: 'wrong bytes (same length)',
    expected: 'ChecksumMismatchError naming expected and actual; nothing installed',
    fault: { kind: 'wrong-bytes' },
    options: withSha,
    error: ChecksumMismatchError,
    details: { expected: SHA, actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
  },
  {
    name: 'HTTP 500 forever',
    expected: 'DownloadError with attempts and status; retries visible in the log',
    fault: { kind: 'status', status: 500, times: 1000 },
    options: { ...withSha, retries: 3 },
    error: DownloadError,
    details: { attempts: 4, status: 500 },
    message: /after 4 attempt/,
    requests: 4,
    retryWarnings: 3,
  },
  {
    name: 'HTTP 429 on the asset, forever',
    expected: 'retried as transient, then DownloadError (status 429)',
    fault: { kind: 'status', status: 429, times: 1000 },
    options: { ...withSha, retries: 2 },
    error: DownloadError,
    details: { attempts: 3, status: 429 },
    requests: 3,
  },
  {
    name: 'HTTP 404',
    expected: 'DownloadError after 1 attempt (not retried)',
    missing: true,
    options: { ...withSha, retries: 4 },
    error: DownloadError,
    details: { attempts: 1, status: 404 },
  },
  {
    name: 'connection reset mid-stream, every attempt',
    expected: 'DownloadError after retries+1 attempts',
    fault: { kind: 'close-mid-stream', afterBytes: 10_000 },
    options: { ...withSha, retries: 1 },
    error: DownloadError,
    details: { attempts: 2 },
    requests: 2,
  },
  {
    name: 'slow server past the inactivity timeout',
    expected: 'DownloadError ("no data" timeout) after the retries',
    // the world sends bytesPerSecond/10 bytes every 100 ms: gaps longer than the 40 ms timeout
    fault: { kind: 'slow', bytesPerSecond: 100 },
    options: { sha256: SHA, retries: 1, backoffMs: 5, maxBackoffMs: 10, timeoutMs: 40 },
    error: DownloadError,
    details: { attempts: 2 },
    message: /no data for 40 ms \(inactivity timeout\)/,
  },
  {
    name: 'a stalled download: the error says it timed out',
    expected: 'DownloadError whose message names the inactivity timeout (not "aborted (ECONNRESET)")',
    fault: { kind: 'slow', bytesPerSecond: 100 },
    options: { sha256: SHA, retries: 0, timeoutMs: 40 },
    error: DownloadError,
    details: { attempts: 1 },
    message: /no data for 40 ms \(inactivity timeout\)/,
  },
  {
    name: 'no checksum known',
    expected: 'ChecksumMismatchError before any request; nothing downloaded',
    options: { ...fast },
    error: ChecksumMismatchError,
    requests: 0,
  },
];

/** A download that fails at first and must then succeed, complete and verified. */
interface RecoveringDownload {
  name: string;
  expected: string;
  fault: Fault;
  /** `true`: the fault is cleared at the first retry warning (the network recovers). */
  recoverAtFirstWarning: boolean;
  retries: number;
  attempts: number;
  retryWarning?: (attempt: number) => RegExp;
}

const recovering: RecoveringDownload[] = [
  {
    name: 'truncated body once, then healthy',
    expected: 'retried; the file is complete and verified',
    fault: { kind: 'truncate', afterBytes: 50_000 },
    recoverAtFirstWarning: true,
    retries: 3,
    attempts: 2,
  },
  {
    name: 'HTTP 503 x3, then OK',
    expected: 'succeeds on attempt 4; each retry logged with its backoff',
    fault: { kind: 'status', status: 503, times: 3 },
    recoverAtFirstWarning: false,
    retries: 4,
    attempts: 4,
    retryWarning: (i) => new RegExp(`HTTP 503.*retry ${i}/4 in \\d+ ms`),
  },
  {
    name: 'connection reset mid-stream, then healthy',
    expected: 'retried; complete verified file',
    fault: { kind: 'close-mid-stream', afterBytes: 200_000 },
    recoverAtFirstWarning: true,
    retries: 2,
    attempts: 2,
  },
];

describe('downloads', () => {
  for (const t of failing) {
    rcase(AREA, t.name, t.expected, async (c) => {
      const a = t.missing ? missingAsset() : asset();
      if (t.fault) world.server.setFault(a.name, t.fault);
      const log = collect();
      const dest = path.join(dir, `fail-${a.name}`, a.name);
      const e = await rejection(() => downloadFile(a.url, dest, { ...t.options, logger: log }));
      expect(e).toBeInstanceOf(t.error);
      if (t.details) expect((e as DownloadError).details).toMatchObject(t.details);
      if (t.message) expect(e.message).toMatch(t.message);
      if (t.requests !== undefined) expect(world.server.downloadRequests(a.name)).toHaveLength(t.requests);
      if (t.retryWarnings !== undefined)
        expect(log.lines.filter((l) => /^warn: .*retry \d+\/\d+ in \d+ ms/.test(l))).toHaveLength(
          t.retryWarnings,
        );
      c.result(`${describeError(e)}${t.requests !== undefined ? ` (${t.requests} GETs)` : ''}`);
      await c.intact(async () => {
        expect(await exists(dest)).toBe(false);
        await clean(dest);
      });
    });
  }

  for (const t of recovering) {
    rcase(AREA, t.name, t.expected, async (c) => {
      const a = asset();
      world.server.setFault(a.name, t.fault);
      const log = collect();
      const warn = log.warn;
      log.warn = (m) => {
        warn(m);
        if (t.recoverAtFirstWarning) world.server.setFault(a.name, undefined);
      };
      const dest = path.join(dir, `recover-${a.name}`, a.name);
      const r = await downloadFile(a.url, dest, { ...withSha, retries: t.retries, logger: log });
      expect(r.attempts).toBe(t.attempts);
      const warnings = log.lines.filter((l) => l.startsWith('warn'));
      expect(warnings).toHaveLength(t.attempts - 1);
      if (t.retryWarning) for (const [i, w] of warnings.entries()) expect(w).toMatch(t.retryWarning(i + 1));
      c.result(`ok after ${r.attempts} attempts; first warning: "${warnings[0]?.slice(6, 90)}..."`);
      await c.intact(async () => {
        expect(await sha(dest)).toBe(SHA);
        await clean(dest);
      });
    });
  }

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
