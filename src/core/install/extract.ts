/**
 * extractArchive: .tar.gz / .tar.zst / .zip, in-process and streaming (no system tar), into a temp dir
 * beside the destination (same filesystem), then renamed into place. Entries that would land or point
 * outside the root, device files, unportable names and archives past the limits (archive-limits.ts: size,
 * inflation ratio, entries; zstd.ts: zstd window) are refused. Modes are clamped to 0755.
 *
 * Speed: gunzip runs on libuv's threadpool, a chunk ahead, while the main thread reads tar (tar-reader.ts: no
 * stream per entry) and writes files with synchronous calls (open/write/futimes/close, ~4 syscalls per small
 * file, no promise per entry). Links are created last, so no write ever goes through a symlink made by the
 * archive.
 */
import fsSync, { createReadStream } from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type yauzl from 'yauzl';
import { PythonEmbeddedError, PythonInstallationError } from '../errors.js';
import { fsErrorText, makeDirs, renameWithRetry } from '../fs.js';
import { InflationGuard, type ArchiveLimits } from './archive-limits.js';
import { noteGarbage } from './memory.js';
import { TarReader, type TarEntry, type TarSink } from './tar-reader.js';
import { TreeWriter, writeAllSync } from './tree-writer.js';
import { zstdDecompressor, type ZstdDecoder } from './zstd.js';
import { zlibModule } from '../builtins.js';

// yauzl loads on the first zip. The tar path stays synchronous from the call to the pipeline (a stream in
// flight must get its consumer at once); callers import this module lazily, only when they extract.
const loadYauzl = () => import('yauzl').then((m) => m.default);

export type ExtractFormat = 'tar.gz' | 'tar.zst' | 'zip';

/** Limits: `maxBytes` (default 3 GiB), `maxRatio` (inflated / compressed, default 20), `maxEntries`. */
export interface ExtractOptions extends ArchiveLimits {
  format?: ExtractFormat;
  stripComponents?: number;
  /** zstd decoder: Node's own where it exists, else fzstd (`fzstd` forces it; both are bounded alike). */
  zstdDecoder?: ZstdDecoder;
  /** Compressed bytes consumed so far, of `total` (the archive size). */
  onProgress?: (e: { bytes: number; total: number; entries: number }) => void;
  signal?: AbortSignal;
}

/** Files up to this size are buffered and written in one synchronous burst. */
const SMALL_FILE = 1024 * 1024;

export function formatFromName(name: string): ExtractFormat | undefined {
  const n = name.toLowerCase();
  if (n.endsWith('.tar.gz') || n.endsWith('.tgz')) return 'tar.gz';
  if (n.endsWith('.tar.zst') || n.endsWith('.tzst') || n.endsWith('.tar.zstd')) return 'tar.zst';
  if (n.endsWith('.zip')) return 'zip';
  return undefined;
}

/** By magic bytes, for archives whose name says nothing (a downloaded temp file). */
export async function sniffFormat(file: string): Promise<ExtractFormat | undefined> {
  const fh = await fs.open(file, 'r');
  try {
    const b = Buffer.alloc(4);
    await fh.read(b, 0, 4, 0);
    if (b[0] === 0x1f && b[1] === 0x8b) return 'tar.gz';
    if (b.readUInt32LE(0) === 0xfd2fb528) return 'tar.zst';
    if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
    return undefined;
  } finally {
    await fh.close();
  }
}

export async function extractArchive(
  archive: string,
  destDir: string,
  o: ExtractOptions = {},
): Promise<void> {
  const format = o.format ?? formatFromName(archive) ?? (await sniffFormat(archive));
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format of ${archive}.`, {
      requested: archive,
      available: ['tar.gz', 'tar.zst', 'zip'],
      hint: 'Name it .tar.gz, .tar.zst or .zip.',
    });
  }
  const dest = path.resolve(destDir);
  let tmp: string | undefined;
  try {
    await makeDirs(path.dirname(dest));
    tmp = await fs.mkdtemp(path.join(path.dirname(dest), `.${path.basename(dest)}.extract-`));
    await extractInto(archive, tmp, format, o);
    await moveInto(tmp, dest);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot extract ${archive} into ${dest}: ${fsErrorText(e)}`, {
      requested: dest,
      hint: 'Check that the destination is writable and has room.',
    });
  } finally {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** Extracts straight into an existing, empty directory (callers that manage their own temp dir). */
export async function extractInto(
  archive: string,
  root: string,
  format: ExtractFormat,
  o: ExtractOptions = {},
) {
  const w = new TreeWriter(archive, root, o);
  if (format === 'zip') await unzip(archive, w, o);
  else await untar(archive, format, w, o);
  w.finish();
}

/** Renames `src` to `dest` if dest is absent or empty, else moves src's top-level children in one by one. */
async function moveInto(src: string, dest: string): Promise<void> {
  const existing = await fs.readdir(dest).catch(() => undefined);
  if (existing && existing.length === 0) await fs.rmdir(dest);
  if (!existing || existing.length === 0) {
    await renameWithRetry(src, dest);
    return;
  }
  for (const child of await fs.readdir(src)) {
    if (existing.includes(child)) {
      throw new PythonInstallationError(`Cannot extract into ${dest}: ${child} already exists there.`, {
        requested: dest,
        hint: 'Extract into an empty directory or remove the existing files first.',
      });
    }
  }
  for (const child of await fs.readdir(src))
    await renameWithRetry(path.join(src, child), path.join(dest, child));
}

/**
 * Compressed bytes: progress, limits, and (`readHere`: read from a file by this extraction; a download in
 * flight counted its own) the garbage meter.
 */
function progressMeter(
  { total, readHere }: { total: number; readHere: boolean },
  w: TreeWriter,
  guard: InflationGuard,
  o: ExtractOptions,
): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      bytes += chunk.length;
      guard.addCompressed(chunk.length);
      if (readHere) noteGarbage(chunk.length);
      o.onProgress?.({ bytes, total, entries: w.entries });
      cb(null, chunk);
    },
  });
}

/** Decompressed bytes, checked against the limits as they come out (before tar-stream buffers them). */
function inflationMeter(w: TreeWriter, guard: InflationGuard): Transform {
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      try {
        guard.addInflated(chunk.length, w.current || undefined);
        noteGarbage(chunk.length);
        cb(null, chunk);
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}

/**
 * Extracts a tar stream (e.g. a download in flight) into the existing, empty directory `root`.
 * `name` is only used in messages. Callers own `root`: on failure they remove it.
 */
export async function extractTarStream(
  source: Readable,
  root: string,
  format: 'tar.gz' | 'tar.zst',
  o: ExtractOptions & { name?: string } = {},
): Promise<void> {
  const name = o.name ?? 'archive';
  const w = new TreeWriter(name, root, o);
  await untarFrom(source, name, format, w, o, { total: 0, readHere: false });
  w.finish();
}

async function untar(archive: string, format: 'tar.gz' | 'tar.zst', w: TreeWriter, o: ExtractOptions) {
  const total = (await fs.stat(archive)).size;
  const source = createReadStream(archive, { highWaterMark: 256 * 1024 });
  await untarFrom(source, archive, format, w, o, { total, readHere: true });
}

async function untarFrom(
  source: Readable,
  archive: string,
  format: 'tar.gz' | 'tar.zst',
  w: TreeWriter,
  o: ExtractOptions,
  input: { total: number; readHere: boolean },
) {
  const guard = new InflationGuard(archive, o);
  const entries = new EntryWriter(w);
  const ex = tarSink(new TarReader(entries));
  const decompress =
    format === 'tar.gz'
      ? [zlibModule().createGunzip({ chunkSize: 128 * 1024 })]
      : zstdDecompressor(archive, o.zstdDecoder);
  const meters = [progressMeter(input, w, guard, o), ...decompress, inflationMeter(w, guard)];
  try {
    await pipeline([source, ...meters, ex], { signal: o.signal });
  } catch (e) {
    entries.abort();
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      { requested: archive, hint: extractHint(e) },
    );
  }
}

/**
 * The end of the tar pipeline. Each chunk is read in a later turn of the event loop: Node's zlib queues its
 * next inflate only once the chunk it pushed has been taken, so the threadpool inflates ahead while this
 * thread parses and writes (up to `highWaterMark` ahead, then zlib pauses).
 */
function tarSink(reader: TarReader): Writable {
  const sink: Writable = new Writable({
    highWaterMark: 512 * 1024,
    write(chunk: Buffer, _e, cb) {
      setImmediate(() => {
        if (sink.destroyed) return cb(); // failed or aborted meanwhile: its tree is being removed
        try {
          reader.write(chunk);
        } catch (e) {
          return cb(e as Error);
        }
        cb();
      });
    },
    final(cb) {
      try {
        reader.end();
      } catch (e) {
        return cb(e as Error);
      }
      cb();
    },
  });
  return sink;
}

/** Tar entries into the TreeWriter: files up to SMALL_FILE in one writev, larger ones as their bytes come. */
class EntryWriter implements TarSink {
  private e: TarEntry | undefined;
  private rel = '';
  private chunks: Buffer[] = [];
  private bytes = 0;
  private fd: number | undefined;

  constructor(private readonly w: TreeWriter) {}

  private isFile() {
    return (this.e?.type === 'file' || this.e?.type === 'contiguous-file') && this.rel !== '';
  }

  begin(e: TarEntry) {
    this.e = e;
    this.rel = this.w.begin(e.name, e.type, e.size);
    this.chunks = [];
    this.bytes = 0;
  }

  data(piece: Buffer) {
    if (!this.isFile()) return;
    if (this.fd !== undefined) return writeAllSync(this.fd, [piece]);
    this.chunks.push(piece);
    this.bytes += piece.length;
    if (this.bytes > SMALL_FILE) {
      this.fd = this.w.openFile(this.rel, this.e!.mode);
      writeAllSync(this.fd, this.chunks);
      this.chunks = [];
    }
  }

  end() {
    const e = this.e!;
    if (this.isFile()) {
      const fd = this.fd;
      this.fd = undefined;
      if (fd !== undefined) this.w.closeFile(this.rel, fd, e.mtime);
      else this.w.writeSmall(this.rel, this.chunks, e.mode, e.mtime);
      this.chunks = [];
    } else if (this.rel) this.w.other(this.rel, e.type, e.linkname, e.mode, e.name);
  }

  /** A failed extraction leaves no descriptor open (the caller removes the tree). */
  abort() {
    if (this.fd !== undefined) fsSync.closeSync(this.fd);
    this.fd = undefined;
  }
}

async function unzip(archive: string, w: TreeWriter, o: ExtractOptions) {
  const total = (await fs.stat(archive)).size;
  const { open } = await loadYauzl();
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    open(archive, { lazyEntries: true, autoClose: true, strictFileNames: false }, (err, z) =>
      err ? reject(err) : resolve(z),
    ),
  ).catch((e: Error) => {
    throw new PythonInstallationError(`Cannot read zip ${archive}: ${e.message}`, { requested: archive });
  });
  // sizes of a zip are declared per entry, and yauzl holds every entry to them
  const guard = new InflationGuard(archive, o);
  await new Promise<void>((resolve, reject) => {
    const fail = (e: unknown) => {
      zip.close();
      reject(e);
    };
    zip.on('error', fail);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      if (o.signal?.aborted) return fail(o.signal.reason);
      const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
      const fmt = unixMode & 0o170000;
      const isDir = entry.fileName.endsWith('/') || fmt === 0o040000;
      const type = isDir
        ? 'directory'
        : fmt === 0o120000
          ? 'symlink'
          : fmt === 0 || fmt === 0o100000
            ? 'file'
            : 'device';
      let rel: string;
      try {
        rel = w.begin(entry.fileName, type, entry.uncompressedSize);
        guard.addCompressed(entry.compressedSize);
        guard.addInflated(entry.uncompressedSize, w.current);
      } catch (e) {
        return fail(e);
      }
      o.onProgress?.({
        bytes: Math.min(total, entry.relativeOffsetOfLocalHeader),
        total,
        entries: w.entries,
      });
      if (!rel || type === 'directory') {
        if (rel) w.other(rel, 'directory', '', unixMode & 0o777 || 0o755, entry.fileName);
        return zip.readEntry();
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', fail);
        stream.on('end', () => {
          try {
            if (type === 'symlink') {
              const target = Buffer.concat(chunks).toString('utf8');
              w.other(rel, 'symlink', target, 0o777, entry.fileName);
            } else w.writeSmall(rel, chunks, unixMode & 0o777 || 0o644, entry.getLastModDate());
            zip.readEntry();
          } catch (e) {
            fail(e);
          }
        });
      });
    });
    zip.readEntry();
  }).catch((e: unknown) => {
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      {
        requested: archive,
        hint: 'The zip is corrupt or has unsafe entry names; nothing was installed.',
      },
    );
  });
}

/** The destination's fault (full, read-only, no permission) is not the archive's: say which it is. */
function extractHint(e: unknown): string {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The destination file system is out of space (or quota); free some space and retry.';
    case 'EROFS':
      return 'The destination file system is read-only; choose a writable root.';
    case 'EACCES':
    case 'EPERM':
      return 'The destination is not writable by this user; fix its permissions or choose another root.';
    default:
      return 'The archive is truncated or corrupt; download it again.';
  }
}
