import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadFile } from '../src/core/install/download.js';
import { isGitHubHost } from '../src/core/install/http.js';
import { bypassProxy, proxyFor } from '../src/core/install/proxy.js';
import { ChecksumMismatchError, DownloadError } from '../src/core/errors.js';
import type { Logger } from '../src/core/log.js';

const BODY = Buffer.alloc(300_000);
for (let i = 0; i < BODY.length; i++) BODY[i] = (i * 7919) & 0xff;
const SHA = createHash('sha256').update(BODY).digest('hex');
const fast = { backoffMs: 5, maxBackoffMs: 20, timeoutMs: 5_000 };

/** A tiny origin server: each path is a behaviour; `failures[path]` counts down faults. */
interface Seen {
  path: string;
  auth?: string;
  host?: string;
}
let server: http.Server;
let base: string;
let port: number;
const seen: Seen[] = [];
const failures: Record<string, number> = {};

function handler(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://x');
  seen.push({ path: url.pathname, auth: req.headers.authorization, host: req.headers.host });
  const p = url.pathname;
  const faulty = (failures[p] ?? 0) > 0;
  if (faulty) failures[p]--;
  if (p === '/ok' || (!faulty && ['/flaky', '/truncate', '/close', '/busy'].includes(p))) {
    res.writeHead(200, { 'content-length': BODY.length });
    return res.end(BODY);
  }
  if (p === '/flaky' || p === '/always500') {
    res.writeHead(503);
    return res.end('unavailable');
  }
  if (p === '/busy') {
    res.writeHead(429, { 'retry-after': '0' });
    return res.end();
  }
  if (p === '/truncate') {
    res.writeHead(200, { 'content-length': BODY.length });
    // fewer bytes than announced, then a clean FIN
    res.write(BODY.subarray(0, 1000), () => res.socket?.end());
    return;
  }
  if (p === '/close') {
    res.writeHead(200, { 'content-length': BODY.length });
    res.write(BODY.subarray(0, 70_000), () => res.socket?.destroy());
    return;
  }
  if (p === '/to-localhost') {
    res.writeHead(302, { location: `http://localhost:${port}/ok` });
    return res.end();
  }
  if (p === '/same-host-redirect') {
    res.writeHead(301, { location: '/ok' });
    return res.end();
  }
  if (p === '/slow') {
    res.writeHead(200, { 'content-length': BODY.length });
    res.write(BODY.subarray(0, 10)); // then nothing: the client's inactivity timeout or abort must end it
    return;
  }
  res.writeHead(404);
  res.end('not found');
}

let dir: string;
beforeAll(async () => {
  server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as net.AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(async () => {
  seen.length = 0;
  for (const k of Object.keys(failures)) delete failures[k];
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-dl-'));
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
});

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const rec = (m: string) => void lines.push(m);
  return { lines, debug: rec, info: rec, warn: rec, error: rec };
}

async function listDir() {
  return (await fs.readdir(dir)).sort();
}

describe('downloadFile', () => {
  it('streams to dest, hashes in-stream, reports progress, leaves no .partial', async () => {
    const events: { bytes: number; total?: number }[] = [];
    const dest = path.join(dir, 'a.bin');
    const r = await downloadFile(`${base}/ok`, dest, {
      sha256: SHA.toUpperCase(),
      onProgress: (e) => events.push(e),
    });
    expect(r).toEqual({ path: dest, sha256: SHA, bytes: BODY.length, attempts: 1 });
    expect(await fs.readFile(dest)).toEqual(BODY);
    expect(await listDir()).toEqual(['a.bin']);
    expect(events.at(-1)).toEqual({ bytes: BODY.length, total: BODY.length });
    expect(events.every((e, i) => i === 0 || e.bytes >= events[i - 1].bytes)).toBe(true);
  });

  it('refuses a wrong checksum with ChecksumMismatchError and removes the partial file', async () => {
    const dest = path.join(dir, 'a.bin');
    const err = await downloadFile(`${base}/ok`, dest, { sha256: '0'.repeat(64), ...fast }).catch((e) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    expect(err.details).toMatchObject({
      expected: '0'.repeat(64),
      actual: SHA,
      attempts: 1,
      url: `${base}/ok`,
    });
    expect(await listDir()).toEqual([]);
  });

  it('refuses to download without a checksum unless explicitly allowed, then warns', async () => {
    const dest = path.join(dir, 'a.bin');
    await expect(downloadFile(`${base}/ok`, dest)).rejects.toBeInstanceOf(ChecksumMismatchError);
    expect(seen).toHaveLength(0);
    const log = recorder();
    const r = await downloadFile(`${base}/ok`, dest, { allowMissingChecksum: true, logger: log });
    expect(r.sha256).toBe(SHA);
    expect(log.lines.some((l) => /without verification/.test(l))).toBe(true);
  });

  it('retries 5xx three times, then succeeds', async () => {
    failures['/flaky'] = 3;
    const r = await downloadFile(`${base}/flaky`, path.join(dir, 'a.bin'), { sha256: SHA, ...fast });
    expect(r.attempts).toBe(4);
    expect(seen.filter((s) => s.path === '/flaky')).toHaveLength(4);
  });

  it('retries 429 (honouring Retry-After), a short body and a dropped connection', async () => {
    failures['/busy'] = 1;
    failures['/truncate'] = 2;
    failures['/close'] = 1;
    expect((await downloadFile(`${base}/busy`, path.join(dir, 'b'), { sha256: SHA, ...fast })).attempts).toBe(
      2,
    );
    expect(
      (await downloadFile(`${base}/truncate`, path.join(dir, 't'), { sha256: SHA, ...fast })).attempts,
    ).toBe(3);
    expect(
      (await downloadFile(`${base}/close`, path.join(dir, 'c'), { sha256: SHA, ...fast })).attempts,
    ).toBe(2);
    expect(await listDir()).toEqual(['b', 'c', 't']);
  });

  it('gives up after the configured retries with DownloadError carrying URL and attempts', async () => {
    failures['/truncate'] = 100;
    const err = await downloadFile(`${base}/always500?sig=secret`, path.join(dir, 'a'), {
      sha256: SHA,
      retries: 2,
      ...fast,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.details).toMatchObject({ attempts: 3, status: 503, url: `${base}/always500` });
    expect(err.message).not.toContain('secret');
    const err2 = await downloadFile(`${base}/truncate`, path.join(dir, 'a'), {
      sha256: SHA,
      retries: 1,
      ...fast,
    }).catch((e) => e);
    expect(err2).toBeInstanceOf(DownloadError);
    expect(err2.details.attempts).toBe(2);
    expect(await listDir()).toEqual([]);
  });

  it('does not retry a 404', async () => {
    const err = await downloadFile(`${base}/missing`, path.join(dir, 'a'), { sha256: SHA, ...fast }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.details).toMatchObject({ attempts: 1, status: 404 });
    expect(seen).toHaveLength(1);
  });

  it('times out a stalled body and aborts on signal, leaving nothing', async () => {
    const t = await downloadFile(`${base}/slow`, path.join(dir, 'a'), {
      sha256: SHA,
      retries: 1,
      timeoutMs: 200,
      backoffMs: 5,
    }).catch((e) => e);
    expect(t).toBeInstanceOf(DownloadError);
    expect(t.details.attempts).toBe(2);
    const ac = new AbortController();
    const p = downloadFile(`${base}/slow`, path.join(dir, 'b'), { sha256: SHA, signal: ac.signal });
    setTimeout(() => ac.abort(new Error('stop')), 100);
    await expect(p).rejects.toThrow('stop');
    expect(await listDir()).toEqual([]);
  });

  it('sends the token only to GitHub hosts, never across a host change, and never prints it', async () => {
    const token = 'ghp_SECRETTOKEN123';
    // 127.0.0.1 plays a GHES host (configured); localhost is "another host".
    await downloadFile(`${base}/same-host-redirect`, path.join(dir, 'a'), {
      sha256: SHA,
      token,
      githubHosts: ['127.0.0.1'],
    });
    expect(seen.map((s) => s.auth)).toEqual([`Bearer ${token}`, `Bearer ${token}`]);
    seen.length = 0;
    await downloadFile(`${base}/to-localhost`, path.join(dir, 'b'), {
      sha256: SHA,
      token,
      githubHosts: ['127.0.0.1'],
    });
    expect(seen.map((s) => s.auth)).toEqual([`Bearer ${token}`, undefined]);
    seen.length = 0;
    await downloadFile(`${base}/ok`, path.join(dir, 'c'), { sha256: SHA, token, env: {} });
    expect(seen.map((s) => s.auth)).toEqual([undefined]);
    const log = recorder();
    const err = await downloadFile(`${base}/always500`, path.join(dir, 'd'), {
      sha256: SHA,
      token,
      githubHosts: ['127.0.0.1'],
      retries: 1,
      logger: log,
      ...fast,
    }).catch((e) => e);
    expect(JSON.stringify(err.toJSON()) + err.message + log.lines.join('\n')).not.toContain(token);
  });

  it('copies file:// URLs with the same verification', async () => {
    const src = path.join(dir, 'src.bin');
    await fs.writeFile(src, BODY);
    const r = await downloadFile(pathToFileURL(src).href, path.join(dir, 'dst.bin'), { sha256: SHA });
    expect(r.bytes).toBe(BODY.length);
    await expect(
      downloadFile(pathToFileURL(src).href, path.join(dir, 'x'), { sha256: '1'.repeat(64) }),
    ).rejects.toBeInstanceOf(ChecksumMismatchError);
    expect(await listDir()).toEqual(['dst.bin', 'src.bin']);
  });
});

describe('token hosts and proxy selection', () => {
  it('knows GitHub hosts', () => {
    expect(isGitHubHost('github.com')).toBe(true);
    expect(isGitHubHost('API.GitHub.com')).toBe(true);
    expect(isGitHubHost('objects.githubusercontent.com')).toBe(true);
    expect(isGitHubHost('githubusercontent.com.evil.io')).toBe(false);
    expect(isGitHubHost('evilgithub.com')).toBe(false);
    expect(isGitHubHost('ghe.corp', ['ghe.corp'])).toBe(true);
  });

  it('reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY like curl', () => {
    const env = {
      HTTPS_PROXY: 'http://p:3128',
      http_proxy: 'p2:8080',
      NO_PROXY: '.corp.example, 10.0.0.0/8, localhost:9000',
    };
    expect(proxyFor(new URL('https://github.com/x'), env)?.host).toBe('p:3128');
    expect(proxyFor(new URL('http://pypi.org/x'), env)?.host).toBe('p2:8080');
    expect(proxyFor(new URL('https://a.corp.example/x'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://corp.example/x'), env)).toBeUndefined();
    expect(proxyFor(new URL('http://10.2.3.4/x'), env)).toBeUndefined();
    expect(proxyFor(new URL('http://localhost:9000/x'), env)).toBeUndefined();
    expect(proxyFor(new URL('http://localhost:9001/x'), env)?.host).toBe('p2:8080');
    expect(bypassProxy(new URL('http://anything/'), '*')).toBe(true);
    expect(proxyFor(new URL('https://github.com/'), {})).toBeUndefined();
  });
});

describe('through a proxy', () => {
  let proxy: http.Server;
  let proxyUrl: string;
  const proxied: string[] = [];
  const tunnels = new Set<net.Socket>();
  let tlsServer: https.Server;
  let tlsPort: number;
  let ca: Buffer;

  beforeAll(async () => {
    proxy = http.createServer((req, res) => {
      // absolute-form forwarding for plain http
      proxied.push(`GET ${req.url}`);
      const target = new URL(req.url ?? '');
      const up = http.request(target, { method: req.method, headers: req.headers }, (ur) => {
        res.writeHead(ur.statusCode ?? 502, ur.headers);
        ur.pipe(res);
      });
      up.on('error', () => res.destroy());
      up.end();
    });
    proxy.on('connect', (req, socket, head) => {
      proxied.push(`CONNECT ${req.url}`);
      const [h, p] = (req.url ?? '').split(':');
      tunnels.add(socket as net.Socket);
      const up = net.connect(Number(p), h, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(socket);
        socket.pipe(up);
      });
      up.on('error', () => socket.destroy());
      socket.on('error', () => up.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;

    const certDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-tls-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', path.join(certDir, 'k.pem'), '-out', path.join(certDir, 'c.pem'),
    ], { stdio: 'ignore' }); // prettier-ignore
    ca = await fs.readFile(path.join(certDir, 'c.pem'));
    tlsServer = https.createServer(
      { key: await fs.readFile(path.join(certDir, 'k.pem')), cert: ca },
      handler,
    );
    await fs.rm(certDir, { recursive: true, force: true });
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', () => r()));
    tlsPort = (tlsServer.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const t of tunnels) t.destroy(); // CONNECT sockets are detached from the server
    proxy.closeAllConnections();
    tlsServer.closeAllConnections();
    await new Promise((r) => proxy.close(r));
    await new Promise((r) => tlsServer.close(r));
  });
  beforeEach(() => void (proxied.length = 0));

  it('forwards plain http in absolute form and honours NO_PROXY', async () => {
    await downloadFile(`${base}/ok`, path.join(dir, 'a'), { sha256: SHA, env: { HTTP_PROXY: proxyUrl } });
    expect(proxied).toEqual([`GET ${base}/ok`]);
    await downloadFile(`${base}/ok`, path.join(dir, 'b'), {
      sha256: SHA,
      env: { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' },
    });
    expect(proxied).toHaveLength(1);
  });

  it('tunnels https with CONNECT and verifies TLS to the origin', async () => {
    const url = `https://localhost:${tlsPort}/ok`;
    const r = await downloadFile(url, path.join(dir, 'a'), {
      sha256: SHA,
      ca,
      env: { HTTPS_PROXY: proxyUrl },
    });
    expect(r.sha256).toBe(SHA);
    expect(proxied).toEqual([`CONNECT localhost:${tlsPort}`]);
    // Without the CA the origin's certificate is rejected: the tunnel does not weaken TLS.
    const err = await downloadFile(url, path.join(dir, 'b'), {
      sha256: SHA,
      retries: 0,
      env: { HTTPS_PROXY: proxyUrl },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(DownloadError);
  });
});
