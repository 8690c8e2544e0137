/**
 * zstd decoding with a bounded window. A frame header declares the window the decoder must keep (up to
 * ~2 GB for fzstd, which allocates it up front and copies it per block). Every frame's header is read as the
 * bytes pass, before the decoder sees them, and a window past 128 MiB (window log 27, the reference `zstd`'s
 * own default limit) is refused. Real archives use 8 MiB (level 19) or at most 128 MiB (--long / --ultra).
 */
import { Transform } from 'node:stream';
import * as fzstd from 'fzstd';
import { PythonInstallationError } from '../errors.js';
import { describeBytes } from './archive-limits.js';
import { zlibModule } from '../builtins.js';

export const MAX_WINDOW_LOG = 27;
export const MAX_WINDOW_BYTES = 2 ** MAX_WINDOW_LOG;

const FRAME_MAGIC = 0xfd2fb528;

/** Where the scanner is in the stream: a frame header, a block header, or bytes to pass unread. */
type State =
  | { at: 'frame' }
  | { at: 'skippable' }
  | { at: 'block'; checksum: boolean }
  | { at: 'skip'; bytes: number; then: 'frame' | 'block'; checksum: boolean };

/**
 * Walks the zstd frame structure (RFC 8878 §3.1) without decoding: frame headers are parsed, block bodies
 * and skippable frames are counted past. Throws a typed error for a window over the bound or a bad magic.
 */
export class ZstdFrameScanner {
  private state: State = { at: 'frame' };
  private pending = Buffer.alloc(0);

  constructor(
    private readonly archive: string,
    private readonly maxWindow = MAX_WINDOW_BYTES,
  ) {}

  push(chunk: Buffer): void {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      const used = this.step(buf);
      if (used === 0) break;
      buf = buf.subarray(used);
    }
    this.pending = Buffer.from(buf); // at most one header's worth (< 18 bytes)
  }

  /** Consumes one unit from the front of `buf`; 0 when more bytes are needed. */
  private step(buf: Buffer): number {
    const s = this.state;
    if (s.at === 'skip') {
      const n = Math.min(s.bytes, buf.length);
      if (n === 0) return 0;
      s.bytes -= n;
      if (s.bytes === 0)
        this.state = s.then === 'frame' ? { at: 'frame' } : { at: 'block', checksum: s.checksum };
      return n;
    }
    if (s.at === 'block') {
      if (buf.length < 3) return 0;
      const h = buf[0] | (buf[1] << 8) | (buf[2] << 16);
      const last = h & 1;
      const type = (h >> 1) & 3;
      const size = h >>> 3;
      const body = type === 1 ? 1 : type === 3 ? this.corrupt('a reserved block type') : size;
      const trailer = last && s.checksum ? 4 : 0;
      this.state = {
        at: 'skip',
        bytes: body + trailer,
        then: last ? 'frame' : 'block',
        checksum: s.checksum,
      };
      if (body + trailer === 0) this.state = last ? { at: 'frame' } : { at: 'block', checksum: s.checksum };
      return 3;
    }
    return this.frameHeader(buf);
  }

  private frameHeader(buf: Buffer): number {
    if (buf.length < 8) return 0;
    const magic = buf.readUInt32LE(0);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      this.state = { at: 'skip', bytes: buf.readUInt32LE(4), then: 'frame', checksum: false };
      return 8;
    }
    if (magic !== FRAME_MAGIC) return this.corrupt('no zstd frame where one should start');
    const fhd = buf[4];
    const fcsFlag = fhd >> 6;
    const singleSegment = (fhd >> 5) & 1;
    const checksum = ((fhd >> 2) & 1) === 1;
    const dictBytes = [0, 1, 2, 4][fhd & 3];
    const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
    const headerLen = 5 + (singleSegment ? 0 : 1) + dictBytes + fcsBytes;
    if (buf.length < headerLen) return 0;
    let window: number;
    if (!singleSegment) {
      const wd = buf[5];
      const log = 10 + (wd >> 3);
      window = 2 ** log + (2 ** log / 8) * (wd & 7);
    } else {
      // a single-segment frame's window is its whole content
      const at = 5 + dictBytes;
      window =
        fcsBytes === 1
          ? buf[at]
          : fcsBytes === 2
            ? buf.readUInt16LE(at) + 256
            : fcsBytes === 4
              ? buf.readUInt32LE(at)
              : Number(buf.readBigUInt64LE(at));
    }
    if (window > this.maxWindow) throw windowError(this.archive, window, this.maxWindow);
    this.state = { at: 'block', checksum };
    return headerLen;
  }

  private corrupt(what: string): never {
    throw new PythonInstallationError(`Cannot extract ${this.archive}: not valid zstd data (${what}).`, {
      requested: this.archive,
      hint: 'The archive is truncated or corrupt; download it again.',
    });
  }
}

function windowError(archive: string, window: number, max: number): PythonInstallationError {
  return new PythonInstallationError(
    `Refusing to extract ${archive}: a zstd frame asks for a ${describeBytes(window)} window ` +
      `(${window} bytes), over the ${describeBytes(max)} limit (window log ${Math.log2(max)}).`,
    {
      requested: archive,
      window,
      limit: 'zstdWindow',
      value: max,
      hint: 'Real archives use at most 128 MiB (the reference zstd refuses more by default): re-compress it without --long=28 or higher.',
    },
  );
}

/** `auto`: Node's own zstd where it exists (>= 22.15), else fzstd; `fzstd` forces the pure-JS decoder. */
export type ZstdDecoder = 'auto' | 'fzstd';

/** Decoder input: frames checked by the scanner first, then decoded by Node's zstd or fzstd (Node < 22.15). */
export function zstdDecompressor(archive: string, decoderName: ZstdDecoder = 'auto'): Transform[] {
  const scanner = new ZstdFrameScanner(archive);
  const guard = new Transform({
    transform(chunk: Buffer, _e, cb) {
      try {
        scanner.push(chunk);
        cb(null, chunk);
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  return [guard, decoder(decoderName === 'fzstd')];
}

function decoder(forceFzstd: boolean): Transform {
  type ZstdZlib = {
    createZstdDecompress?: (o?: { params?: Record<number, number> }) => Transform;
    constants: Record<string, number>;
  };
  const z = zlibModule() as unknown as ZstdZlib;
  if (!forceFzstd && typeof z.createZstdDecompress === 'function') {
    // the library's own bound as well, in case a frame ever got past the scanner
    const key = z.constants.ZSTD_d_windowLogMax;
    return z.createZstdDecompress(key === undefined ? {} : { params: { [key]: MAX_WINDOW_LOG } });
  }
  // Node < 22.15: fzstd's streaming decoder (pure JS). Output blocks are copied: the decoder keeps a window.
  const d = new fzstd.Decompress((chunk) => {
    if (chunk.length) out.push(Buffer.from(chunk));
  });
  const out = new Transform({
    transform(chunk: Buffer, _e, cb) {
      try {
        d.push(chunk);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
    flush(cb) {
      try {
        d.push(new Uint8Array(0), true);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  return out;
}
