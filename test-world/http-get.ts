// A raw HTTP GET for tests of the world itself: reports exactly what arrived (bytes, chunking, how it ended),
// which fetch() hides behind a single error.
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  chunks: number[]; // sizes of the 'data' events, in order
  /** How the body ended: 'complete', or the error the client saw (premature close, reset). */
  ending: 'complete' | string;
}

export function rawGet(
  url: string,
  o: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: o.method ?? 'GET', headers: o.headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      const chunks: number[] = [];
      let settled = false;
      const done = (ending: string) => {
        if (settled) return;
        settled = true;
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(parts),
          chunks,
          ending,
        });
      };
      res.on('data', (b: Buffer) => {
        parts.push(b);
        chunks.push(b.length);
      });
      res.on('end', () => done(res.complete ? 'complete' : 'aborted'));
      res.on('aborted', () => done('aborted'));
      res.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
      res.on('close', () => done(res.complete ? 'complete' : 'aborted'));
    });
    req.on('error', reject);
    req.end();
  });
}
