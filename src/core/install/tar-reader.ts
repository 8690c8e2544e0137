/**
 * TarReader: a tar stream read as its bytes arrive (ustar and GNU headers, GNU long names, pax path, linkpath
 * and size), each entry's data handed on as views of the chunks it came in. One object for the whole archive:
 * tar-stream, used before, made a stream per entry (3,367 for a CPython build) and handed every chunk through
 * its queues, ~45 ms of CPU per install that this thread could not spend writing files. Headers are checked as
 * tar-stream checked them (checksum, a known magic), with its messages.
 */

export type TarEntryType =
  | 'file'
  | 'link'
  | 'symlink'
  | 'character-device'
  | 'block-device'
  | 'directory'
  | 'fifo'
  | 'contiguous-file'
  | `flag ${string}`;

export interface TarEntry {
  name: string;
  type: TarEntryType;
  size: number;
  mode: number;
  mtime: Date;
  linkname: string;
}

/** Receives the entries in order: `begin`, then the entry's `size` bytes through `data`, then `end`. */
export interface TarSink {
  begin(e: TarEntry): void;
  data(piece: Buffer): void;
  end(): void;
}

const BLOCK = 512;
const TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
  '7': 'contiguous-file',
};
/** Entries that only carry a name, a link target or pax records for the entry after them. */
const META = new Set(['L', 'N', 'K', 'x', 'g']);

const invalid = () =>
  new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?');

export class TarReader {
  /** Bytes of a header split across chunks. */
  private partial: Buffer | undefined;
  /** Data bytes of the current entry still to come, then the padding to the next block. */
  private left = 0;
  private pad = 0;
  /** A long-name or pax entry being collected: its type flag and the parts of its body. */
  private meta: { flag: string; parts: Buffer[] } | undefined;
  private next: { path?: string; linkpath?: string; size?: number } = {};

  constructor(private readonly sink: TarSink) {}

  write(chunk: Buffer): void {
    let at = 0;
    if (this.partial) {
      const need = BLOCK - this.partial.length;
      if (chunk.length < need) {
        this.partial = Buffer.concat([this.partial, chunk]);
        return;
      }
      const header = Buffer.concat([this.partial, chunk.subarray(0, need)]);
      this.partial = undefined;
      at = need;
      this.header(header);
    }
    while (at < chunk.length) {
      if (this.left > 0) {
        const n = Math.min(this.left, chunk.length - at);
        const piece = chunk.subarray(at, at + n);
        if (this.meta) this.meta.parts.push(piece);
        else this.sink.data(piece);
        this.left -= n;
        at += n;
        if (this.left === 0) this.finish();
      } else if (this.pad > 0) {
        const n = Math.min(this.pad, chunk.length - at);
        this.pad -= n;
        at += n;
      } else if (chunk.length - at < BLOCK) {
        this.partial = Buffer.from(chunk.subarray(at)); // a copy: the chunk is not kept for < 512 bytes
        return;
      } else {
        this.header(chunk.subarray(at, at + BLOCK));
        at += BLOCK;
      }
    }
  }

  /** The stream ended: anything but a block boundary between entries is a truncated archive. */
  end(): void {
    if (this.left > 0 || this.pad > 0 || this.partial) throw new Error('Unexpected end of data');
  }

  private header(h: Buffer) {
    if (isZeroBlock(h)) return; // end-of-archive blocks (and the record padding after them)
    if (!checksumOk(h)) throw invalid();
    const magic = h.toString('latin1', 257, 263);
    const ustar = magic === 'ustar\0';
    if (!ustar && magic !== 'ustar ') throw new Error('Invalid tar header: unknown format.');
    const flag = String.fromCharCode(h[156]);
    let size = octal(h, 124, 12);
    const pad = (n: number) => (BLOCK - (n % BLOCK)) % BLOCK;
    if (META.has(flag)) {
      this.meta = { flag, parts: [] };
      this.start(size, pad(size));
      return;
    }
    let name = text(h, 0, 100);
    if (ustar && h[345] !== 0) name = `${text(h, 345, 155)}/${name}`;
    let linkname = text(h, 157, 100);
    if (this.next.path) name = this.next.path;
    if (this.next.linkpath) linkname = this.next.linkpath;
    if (this.next.size !== undefined) size = this.next.size;
    this.next = {};
    let type = TYPES[flag] ?? (`flag ${flag}` as const);
    if (type === 'file' && name.endsWith('/')) type = 'directory'; // pre-POSIX directories
    this.sink.begin({
      name,
      type,
      size,
      mode: octal(h, 100, 8),
      mtime: new Date(octal(h, 136, 12) * 1000),
      linkname,
    });
    this.start(size, pad(size));
  }

  private start(size: number, pad: number) {
    this.left = size;
    this.pad = pad;
    if (size === 0) this.finish();
  }

  private finish() {
    const meta = this.meta;
    if (!meta) {
      this.sink.end();
      return;
    }
    this.meta = undefined;
    const body = Buffer.concat(meta.parts);
    if (meta.flag === 'L' || meta.flag === 'N') this.next.path = text(body, 0, body.length);
    else if (meta.flag === 'K') this.next.linkpath = text(body, 0, body.length);
    else if (meta.flag === 'x') {
      const pax = paxRecords(body);
      if (pax.path) this.next.path = pax.path;
      if (pax.linkpath) this.next.linkpath = pax.linkpath;
      if (pax.size !== undefined) {
        const size = /^\d+$/.test(pax.size) ? Number(pax.size) : NaN;
        if (!Number.isSafeInteger(size)) throw new Error(`Invalid tar header: pax size "${pax.size}".`);
        this.next.size = size;
      }
    } // 'g': global records (a comment, a default) say nothing about where an entry goes
  }
}

function isZeroBlock(h: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}

/** The header's checksum: the sum of its bytes with the checksum field read as spaces (unsigned or signed). */
function checksumOk(h: Buffer): boolean {
  const stored = octal(h, 148, 8);
  let unsigned = 8 * 32;
  let signed = 8 * 32;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += h[i];
    signed += (h[i] << 24) >> 24;
  }
  return stored === unsigned || stored === signed;
}

/** A numeric field: octal text (leading spaces, ended by NUL or space), or base-256 when its high bit is set. */
function octal(h: Buffer, at: number, len: number): number {
  if (h[at] & 0x80) {
    let n = h[at] & 0x7f;
    for (let i = at + 1; i < at + len; i++) n = n * 256 + h[i];
    return n;
  }
  let i = at;
  while (i < at + len && h[i] === 32) i++;
  let n = 0;
  for (; i < at + len && h[i] >= 48 && h[i] <= 55; i++) n = n * 8 + (h[i] - 48);
  return n;
}

/** A string field, up to its first NUL, as UTF-8. */
function text(h: Buffer, at: number, len: number): string {
  let end = at;
  while (end < at + len && h[end] !== 0) end++;
  return h.toString('utf8', at, end);
}

/** pax extended header records: `<length> <key>=<value>\n`. */
function paxRecords(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    let sp = at;
    while (sp < body.length && body[sp] !== 32) sp++;
    const len = parseInt(body.toString('latin1', at, sp), 10);
    if (!len) break;
    const record = body.toString('utf8', sp + 1, at + len - 1);
    const eq = record.indexOf('=');
    if (eq === -1) break;
    out[record.slice(0, eq)] = record.slice(eq + 1);
    at += len;
  }
  return out;
}
