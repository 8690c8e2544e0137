// The Actions cache service (v1, `ACTIONS_CACHE_URL`: the protocol act's cache server and GHES speak) on
// 127.0.0.1, for measuring the action's cache paths without act: look up an entry by key and version, reserve,
// upload chunks at their Content-Range offsets, commit, and serve the committed archive.
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface CacheServer {
  /** `ACTIONS_CACHE_URL` for the action (ends with `/`). */
  url: string;
  /** Archive downloads served so far (each a restore). */
  downloads: number;
  close(): Promise<void>;
}

interface Entry {
  key: string;
  version: string;
  file: string;
  committed: boolean;
}

const API = '/_apis/artifactcache/';

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function json(res: http.ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** Writes one `bytes a-b/*` chunk at its offset (chunks arrive concurrently, in any order). */
async function writeChunk(e: Entry, req: http.IncomingMessage): Promise<void> {
  const start = Number(/^bytes (\d+)-\d+/.exec(String(req.headers['content-range']))?.[1] ?? NaN);
  if (!Number.isFinite(start)) throw new Error(`bad Content-Range: ${req.headers['content-range']}`);
  const fh = await fs.open(e.file, 'r+');
  try {
    const body = await readBody(req);
    await fh.write(body, 0, body.length, start);
  } finally {
    await fh.close();
  }
}

export async function startCacheServer(dir: string): Promise<CacheServer> {
  await fs.mkdir(dir, { recursive: true });
  const entries: Entry[] = [];
  let baseUrl = '';
  const state = { downloads: 0 };
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rest = url.pathname.slice(API.length);
    if (req.method === 'GET' && url.pathname === `${API}cache`) {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version');
      // as the service does: the first key that matches exactly, else the newest entry it prefixes
      const usable = entries.filter((e) => e.committed && e.version === version).reverse();
      const hit = keys
        .map((k) => usable.find((e) => e.key === k) ?? usable.find((e) => e.key.startsWith(k)))
        .find(Boolean);
      if (!hit) return json(res, 204);
      const archiveLocation = `${baseUrl}archives/${entries.indexOf(hit) + 1}`;
      return json(res, 200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation });
    }
    if (req.method === 'GET' && url.pathname.startsWith('/archives/')) {
      const e = entries[Number(url.pathname.slice('/archives/'.length)) - 1];
      if (!e?.committed) return json(res, 404);
      state.downloads++;
      res.writeHead(200, { 'content-length': (await fs.stat(e.file)).size });
      createReadStream(e.file).pipe(res);
      return;
    }
    if (req.method === 'POST' && rest === 'caches') {
      const { key, version } = JSON.parse((await readBody(req)).toString()) as Entry;
      if (entries.some((e) => e.key === key && e.version === version)) return json(res, 409, {});
      const file = path.join(dir, `entry-${entries.length}`);
      await fs.writeFile(file, '');
      entries.push({ key, version, file, committed: false });
      return json(res, 201, { cacheId: entries.length }); // ids from 1: @actions/cache reads 0 as no id
    }
    const e = /^caches\/\d+$/.test(rest) ? entries[Number(rest.slice('caches/'.length)) - 1] : undefined;
    if (e && req.method === 'PATCH') {
      await writeChunk(e, req);
      return json(res, 204);
    }
    if (e && req.method === 'POST') {
      await readBody(req);
      e.committed = true;
      return json(res, 204);
    }
    json(res, 404);
  };
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: Error) => json(res, 500, { message: err.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: baseUrl,
    get downloads() {
      return state.downloads;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
