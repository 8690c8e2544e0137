/**
 * One HTTP GET with the user's proxy settings and manual redirects.
 * node:http(s) instead of global fetch because Node's fetch ignores HTTPS_PROXY/NO_PROXY.
 */
import type http from 'node:http';
import { createRequire } from 'node:module';
import type net from 'node:net';
import { proxyFor } from './proxy.js';

// Not `import http from 'node:http'`: on Node 24 the ESM namespace of node:http reads every lazy export,
// which loads Node's bundled undici (~30 ms of CPU and ~13 MB RSS at start, measured); require() returns
// the module as it is. https and tls (another ~6 MB) load only when an https URL is fetched.
const requireBuiltin = createRequire(import.meta.url);
const builtin = <T>(id: string) => requireBuiltin(id) as T;
const httpModule = () => builtin<typeof import('node:http')>('node:http');
const httpsModule = () => builtin<typeof import('node:https')>('node:https');
const tlsModule = () => builtin<typeof import('node:tls')>('node:tls');

export interface GetOptions {
  headers?: Record<string, string>;
  /** Sent only to the hosts it belongs to (see tokenMayGoTo), and dropped when a redirect changes host. */
  token?: string;
  /** GHES hosts the token belongs to, beside those of GITHUB_SERVER_URL / GITHUB_API_URL in `env`. */
  githubHosts?: string[];
  /** Hosts that stand for github.com and api.github.com (default those two; tests use loopback stand-ins). */
  githubComHosts?: string[];
  /** Inactivity timeout: no socket activity for this long aborts the request. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Extra CA certificates (PEM) for https targets, e.g. a corporate proxy's. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Environment to read proxy variables from (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  maxRedirects?: number;
}

export interface GetResponse {
  res: http.IncomingMessage;
  /** The URL that answered, after redirects. */
  finalUrl: URL;
}

export const GITHUB_COM_HOSTS = ['github.com', 'api.github.com'];

/** github.com, api.github.com (or their stand-ins), *.githubusercontent.com, or one of `extra`. */
export function isGitHubHost(hostname: string, extra: string[] = [], githubCom = GITHUB_COM_HOSTS): boolean {
  const h = hostname.toLowerCase();
  if (githubCom.includes(h) || h.endsWith('.githubusercontent.com')) return true;
  return extra.some((e) => e.toLowerCase() === h);
}

/**
 * Where a token may go. A token belongs to the GitHub the run is on: on GHES (GITHUB_SERVER_URL /
 * GITHUB_API_URL, or `githubHosts`, naming a host other than github.com) only to that server and its API,
 * so github.com downloads go unauthenticated, like setup-python's; otherwise to github.com, its API and
 * its release-download hosts. Never anywhere else (mirrors, indexes, proxies).
 */
export function tokenMayGoTo(hostname: string, o: Omit<GetOptions, 'token'> = {}): boolean {
  const githubCom = o.githubComHosts ?? GITHUB_COM_HOSTS;
  const ghes = [...(o.githubHosts ?? []), ...configuredGitHubHosts(o.env ?? process.env)]
    .map((h) => h.toLowerCase())
    .filter((h) => !isGitHubHost(h, [], githubCom));
  if (ghes.length > 0) return ghes.includes(hostname.toLowerCase());
  return isGitHubHost(hostname, [], githubCom);
}

/** Hosts of GITHUB_SERVER_URL / GITHUB_API_URL when they are not github.com (GHES). */
export function configuredGitHubHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const v of [env.GITHUB_SERVER_URL, env.GITHUB_API_URL]) {
    if (!v) continue;
    try {
      out.push(new URL(v).hostname);
    } catch {
      // not a URL: ignore
    }
  }
  return out;
}

/** A URL safe to print: no credentials, no query string (signed URLs carry secrets there). */
export function redactUrl(url: string | URL): string {
  try {
    const u = new URL(url.toString());
    u.username = '';
    u.password = '';
    u.search = '';
    return u.toString();
  } catch {
    return String(url);
  }
}

/** GET `url`, following redirects; resolves with the final response (any status) for the caller to judge. */
export async function httpGet(url: string | URL, o: GetOptions = {}): Promise<GetResponse> {
  let current = new URL(url.toString());
  const origin = current.host;
  const maxRedirects = o.maxRedirects ?? 10;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { 'user-agent': 'python-embedded', ...o.headers };
    // The token goes only to the GitHub it belongs to and only while we stay on the host it was meant for:
    // release downloads redirect to signed storage URLs that reject (and might log) an Authorization header.
    if (o.token && current.host === origin && tokenMayGoTo(current.hostname, o)) {
      headers.authorization = `Bearer ${o.token}`;
    }
    const res = await requestOnce(current, headers, o);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= maxRedirects) throw new Error(`too many redirects (${maxRedirects})`);
      current = new URL(res.headers.location, current);
      continue;
    }
    return { res, finalUrl: current };
  }
}

function requestOnce(
  url: URL,
  headers: Record<string, string>,
  o: GetOptions,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (o.signal?.aborted) return reject(o.signal.reason);
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:')
      return reject(new Error(`unsupported protocol ${url.protocol}`));
    const proxy = proxyFor(url, o.env ?? process.env);
    const port = Number(url.port || (isHttps ? 443 : 80));
    const common = { method: 'GET', headers, signal: o.signal, timeout: o.timeoutMs };
    let req: http.ClientRequest;
    const onRes = (res: http.IncomingMessage) => {
      if (o.timeoutMs) watchBodyInactivity(res, o.timeoutMs);
      resolve(res);
    };
    if (!proxy) {
      const mod = isHttps ? httpsModule() : httpModule();
      req = mod.request(url, { ...common, ca: o.ca }, onRes);
    } else if (!isHttps) {
      // Plain http through a proxy: absolute-form request line (RFC 7230 5.3.2), no tunnel.
      req = httpModule().request(
        {
          ...common,
          host: proxy.hostname,
          port: Number(proxy.port || 80),
          path: url.toString(),
          headers: { ...headers, host: url.host, ...proxyAuth(proxy) },
        },
        onRes,
      );
    } else {
      // https through a proxy: CONNECT tunnel, then TLS to the origin over it.
      connectTunnel(proxy, url.hostname, port, o)
        .then((socket) => {
          const r = httpsModule().request(
            url,
            {
              ...common,
              ca: o.ca,
              agent: false,
              createConnection: () => tlsModule().connect({ socket, servername: url.hostname, ca: o.ca }),
            },
            onRes,
          );
          r.on('timeout', () => r.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
          r.on('error', (e) => {
            socket.destroy(); // TLS does not close the tunnel it rode on when the handshake fails
            reject(e);
          });
          r.on('response', (res) => res.once('close', () => socket.destroy()));
          r.end();
        })
        .catch(reject);
      return;
    }
    req.on('timeout', () => req.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * A body that stalls must fail as a timeout, not as the ECONNRESET the bare socket timeout gives.
 * The listener is removed when the response closes: a keep-alive socket serves many responses and
 * would otherwise collect one listener per request (MaxListenersExceededWarning after ten).
 */
function watchBodyInactivity(res: http.IncomingMessage, ms: number): void {
  const socket = res.socket;
  if (!socket) return;
  const onTimeout = () => res.destroy(new Error(`no data for ${ms} ms (inactivity timeout)`));
  socket.setTimeout(ms);
  socket.on('timeout', onTimeout);
  res.once('close', () => socket.off('timeout', onTimeout));
}

function proxyAuth(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const cred = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(cred).toString('base64')}` };
}

function connectTunnel(proxy: URL, host: string, port: number, o: GetOptions): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const req = httpModule().request({
      method: 'CONNECT',
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}`, ...proxyAuth(proxy) },
      signal: o.signal,
      timeout: o.timeoutMs,
    });
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`proxy ${proxy.host} refused CONNECT ${host}:${port}: HTTP ${res.statusCode}`),
        );
      }
      resolve(socket);
    });
    req.on('timeout', () =>
      req.destroy(new Error(`proxy ${proxy.host} did not answer within ${o.timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end();
  });
}
