/**
 * TreeWriter: materialises archive entries under an extraction root, one entry at a time, and keeps the
 * bookkeeping the safety rules need (entry and size limits, links validated last, clamped modes).
 */
import fsSync from 'node:fs';
import path from 'node:path';
import { describeBytes, limitError, resolveLimits, type ArchiveLimits } from './archive-limits.js';
import { clampMode, printable, refuse, resolveLinkInside, safeEntryPath } from './extract-safety.js';

export interface TreeWriterOptions extends ArchiveLimits {
  stripComponents?: number;
}

/** Materialises entries under `root`; keeps the bookkeeping the safety rules need. */
export class TreeWriter {
  entries = 0;
  /** The entry being written (messages of the inflation guard name it). */
  current = '';
  private bytes = 0;
  private readonly dirs = new Set<string>();
  private readonly files = new Set<string>();
  private readonly symlinks = new Map<string, string>();
  private readonly hardlinks = new Map<string, string>();
  private readonly dirModes = new Map<string, number>();
  private readonly maxBytes: number;
  private readonly maxEntries: number;

  constructor(
    private readonly archive: string,
    private readonly root: string,
    private readonly o: TreeWriterOptions,
  ) {
    ({ maxBytes: this.maxBytes, maxEntries: this.maxEntries } = resolveLimits(o));
    this.dirs.add(root);
  }

  /** Validates one entry header and returns its root-relative path ('' = stripped away, skip). */
  begin(name: string, type: string, size: number): string {
    this.current = printable(name);
    if (++this.entries > this.maxEntries) {
      const what = `it has more than the limit of ${this.maxEntries} entries`;
      throw limitError(this.archive, 'maxEntries', this.maxEntries, what, this.current);
    }
    if (type === 'block-device' || type === 'character-device' || type === 'fifo' || type === 'device') {
      throw refuse(this.archive, name, `is a ${type}`);
    }
    if (!['file', 'contiguous-file', 'directory', 'symlink', 'link'].includes(type)) {
      throw refuse(this.archive, name, `has unsupported type ${type}`);
    }
    this.bytes += type === 'file' || type === 'contiguous-file' ? size : 0;
    if (this.bytes > this.maxBytes) {
      const what = `its declared sizes take the unpacked size past the ${describeBytes(this.maxBytes)} limit (maxBytes ${this.maxBytes})`;
      throw limitError(this.archive, 'maxBytes', this.maxBytes, what, this.current);
    }
    return safeEntryPath(this.archive, name, this.o.stripComponents ?? 0);
  }

  private abs(rel: string): string {
    return path.join(this.root, rel);
  }

  private ensureParent(rel: string): string {
    const abs = this.abs(rel);
    const dir = path.dirname(abs);
    if (!this.dirs.has(dir)) {
      fsSync.mkdirSync(dir, { recursive: true });
      for (let d = dir; d.length > this.root.length && !this.dirs.has(d); d = path.dirname(d))
        this.dirs.add(d);
    }
    return abs;
  }

  /** A later entry for the same path wins, as with tar: forget a link queued there. */
  private claim(rel: string) {
    this.symlinks.delete(rel);
    this.hardlinks.delete(rel);
  }

  /** Writes a whole file from the chunks it arrived in (one writev, no joined copy of them). */
  writeSmall(rel: string, body: readonly Buffer[], mode: number, mtime: Date) {
    const fd = this.openFile(rel, mode);
    try {
      writeAllSync(fd, body);
    } catch (e) {
      fsSync.closeSync(fd);
      throw e;
    }
    this.closeFile(rel, fd, mtime);
  }

  /** Opens a file of the archive for writing; its bytes follow with writeAllSync, then `closeFile`. */
  openFile(rel: string, mode: number): number {
    this.claim(rel);
    const abs = this.ensureParent(rel);
    if (this.dirs.has(abs)) throw refuse(this.archive, rel, 'replaces a directory with a file');
    return fsSync.openSync(abs, 'w', clampMode(mode, false));
  }

  /** Sets the file's mtime (.pyc files embed their source's) and closes it. */
  closeFile(rel: string, fd: number, mtime: Date) {
    try {
      fsSync.futimesSync(fd, mtime, mtime);
    } finally {
      fsSync.closeSync(fd);
    }
    this.files.add(rel);
  }

  other(rel: string, type: string, linkname: string, mode: number, rawName: string) {
    if (type === 'directory') {
      const abs = this.abs(rel);
      this.claim(rel);
      if (!this.dirs.has(abs)) {
        fsSync.mkdirSync(abs, { recursive: true });
        this.dirs.add(abs);
      }
      this.dirModes.set(abs, clampMode(mode, true));
      return;
    }
    if (!linkname) throw refuse(this.archive, rawName, 'is a link without a target');
    if (type === 'symlink') {
      this.hardlinks.delete(rel);
      this.symlinks.set(rel, linkname);
      return;
    }
    // Hard link: the target names another entry of this archive, relative to the archive root.
    const target = safeEntryPath(this.archive, linkname, this.o.stripComponents ?? 0);
    if (!target || !this.files.has(target)) {
      throw refuse(
        this.archive,
        rawName,
        `is a hard link to "${linkname}", which is not a file of this archive`,
      );
    }
    this.symlinks.delete(rel);
    this.hardlinks.set(rel, target);
  }

  /** Links last (validated against the complete set of symlinks), then directory modes. */
  finish() {
    // No entry may sit below a symlink of the archive: writing it would go wherever that link points.
    for (const rel of [...this.symlinks.keys(), ...this.hardlinks.keys()]) {
      for (let i = rel.indexOf('/'); i > 0; i = rel.indexOf('/', i + 1)) {
        if (this.symlinks.has(rel.slice(0, i)))
          throw refuse(this.archive, rel, 'lies below a symlink of the archive');
      }
    }
    for (const [rel, target] of this.symlinks) {
      if (!resolveLinkInside(rel, target, this.symlinks)) {
        throw refuse(this.archive, rel, `is a symlink to "${target}", outside the destination`);
      }
    }
    for (const [rel, target] of this.hardlinks) {
      const abs = this.ensureParent(rel);
      fsSync.rmSync(abs, { force: true });
      try {
        fsSync.linkSync(this.abs(target), abs);
      } catch {
        fsSync.copyFileSync(this.abs(target), abs); // filesystems without hard links
      }
    }
    for (const [rel, target] of this.symlinks) {
      const abs = this.ensureParent(rel);
      if (this.dirs.has(abs))
        throw refuse(this.archive, rel, 'is a symlink where the archive also has a directory');
      fsSync.rmSync(abs, { force: true });
      fsSync.symlinkSync(target, abs);
    }
    for (const [abs, mode] of this.dirModes) fsSync.chmodSync(abs, mode);
  }
}

/**
 * Writes every byte of `chunks` at the file's offset with writev, resumed after a short write. Joining the
 * chunks first (Buffer.concat) would allocate a copy of most of an archive's bytes: garbage that raised an
 * install's peak RSS by 2-3 MB until V8 collected it.
 */
export function writeAllSync(fd: number, chunks: readonly Buffer[]): void {
  let pending = chunks.filter((c) => c.length > 0);
  while (pending.length > 0) {
    let written = fsSync.writevSync(fd, pending);
    let done = 0;
    while (done < pending.length && written >= pending[done].length) written -= pending[done++].length;
    pending = pending.slice(done);
    if (written > 0) pending[0] = pending[0].subarray(written);
  }
}
