import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines for handlers. A StringDecoder keeps multi-byte characters that
 * straddle two chunks intact; a trailing '\r' (CRLF output, e.g. from Windows tools) is dropped.
 */
export class LineSplitter {
  private readonly decoder: StringDecoder;
  private rest = '';

  constructor(
    private readonly onLine: (line: string) => void,
    encoding: BufferEncoding = 'utf8',
  ) {
    this.decoder = new StringDecoder(encoding);
  }

  push(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      this.emit(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }

  /** Emits the last line when the stream ended without a newline. */
  end(): void {
    const text = this.rest + this.decoder.end();
    this.rest = '';
    if (text.length > 0) this.emit(text);
  }

  private emit(line: string): void {
    this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
}

/**
 * Keeps the first `limit` bytes of a stream (the output a caller parses) plus a short tail
 * (what an error message and out-of-memory detection need, even when the head was capped).
 */
export class BoundedCapture {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private tailBuf: Buffer = Buffer.alloc(0);
  truncated = false;

  constructor(
    private readonly limit: number,
    private readonly tailLimit = 16 * 1024,
  ) {}

  push(chunk: Buffer): void {
    if (this.size < this.limit) {
      const room = this.limit - this.size;
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.chunks.push(part);
      this.size += part.length;
      if (part.length < chunk.length) this.truncated = true;
    } else if (chunk.length > 0) {
      this.truncated = true;
    }
    const joined = this.tailBuf.length === 0 ? chunk : Buffer.concat([this.tailBuf, chunk]);
    this.tailBuf = joined.length > this.tailLimit ? joined.subarray(joined.length - this.tailLimit) : joined;
  }

  text(encoding: BufferEncoding): string {
    return Buffer.concat(this.chunks, this.size).toString(encoding);
  }

  tail(encoding: BufferEncoding): string {
    return this.tailBuf.toString(encoding);
  }
}

/** The last `maxLines` lines of a text, for error messages. */
export function tailLines(text: string, maxLines = 20): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-maxLines).join('\n');
}
