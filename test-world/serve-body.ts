// Sends an asset's bytes, honouring the fault switch set for it (see Fault in types.ts).
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AssetBody } from './releases.js';
import type { Fault } from './types.js';

export interface BodySource {
  size: number;
  body: AssetBody;
  contentType?: string;
  headers?: Record<string, string>;
}

function open(body: AssetBody, start: number, end: number): Readable {
  if (end < start) return Readable.from([]);
  return body.kind === 'buffer'
    ? Readable.from([body.data.subarray(start, end + 1)])
    : createReadStream(body.path, { start, end });
}

/** One `bytes=a-b` / `bytes=a-` / `bytes=-n` range; multi-range requests are answered whole (RFC 9110 allows it). */
function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(size - Number(m[2]), 0);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start >= size || end < start ? 'unsatisfiable' : { start, end };
}

function write(res: ServerResponse, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) return reject(new Error('client went away'));
    res.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

/**
 * Writes the response; `fault` (already counted by the caller for 'status') shapes it:
 * truncate = full Content-Length, N bytes, then a clean FIN; close-mid-stream = N bytes, then a TCP reset;
 * wrong-bytes = every byte inverted (same length); slow = throttled to bytesPerSecond.
 * A single `Range` is honoured (206; faults then apply to the ranged body).
 */
export async function serveBody(
  req: IncomingMessage,
  res: ServerResponse,
  src: BodySource,
  fault: Fault | undefined,
  onHead: (status: number) => void,
): Promise<void> {
  const range = parseRange(req.headers.range, src.size);
  if (range === 'unsatisfiable') {
    onHead(416);
    res.writeHead(416, { 'content-range': `bytes */${src.size}`, 'content-length': 0 });
    res.end();
    return;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? src.size - 1;
  const status = range ? 206 : 200;
  const headers: Record<string, string | number> = {
    'content-type': src.contentType ?? 'application/octet-stream',
    'content-length': end - start + 1,
    'accept-ranges': 'bytes',
    ...(range ? { 'content-range': `bytes ${start}-${end}/${src.size}` } : {}),
    ...src.headers,
  };
  const cutAfter =
    fault?.kind === 'truncate' || fault?.kind === 'close-mid-stream' ? fault.afterBytes : undefined;
  if (cutAfter !== undefined) headers.connection = 'close';
  onHead(status);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  let sent = 0;
  const slowChunk = fault?.kind === 'slow' ? Math.max(1, Math.floor(fault.bytesPerSecond / 10)) : 0;
  try {
    for await (const raw of open(src.body, start, end)) {
      let chunk = raw as Buffer;
      if (fault?.kind === 'wrong-bytes') chunk = Buffer.from(chunk.map((b) => b ^ 0xff));
      if (cutAfter !== undefined && sent + chunk.length >= cutAfter) {
        await write(res, chunk.subarray(0, cutAfter - sent));
        sent = cutAfter;
        break;
      }
      if (slowChunk) {
        for (let i = 0; i < chunk.length; i += slowChunk) {
          await write(res, chunk.subarray(i, i + slowChunk));
          await sleep(100);
        }
      } else {
        await write(res, chunk);
      }
      sent += chunk.length;
    }
  } catch {
    res.destroy(); // the client closed the connection: nothing left to send to
    return;
  }
  if (fault?.kind === 'truncate') {
    res.socket?.end(); // FIN after the bytes written so far: the body is shorter than Content-Length
  } else if (fault?.kind === 'close-mid-stream') {
    res.socket?.resetAndDestroy(); // RST: the connection dies mid-body
  } else {
    res.end();
  }
}
