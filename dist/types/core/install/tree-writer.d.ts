import { type ArchiveLimits } from './archive-limits.js';
export interface TreeWriterOptions extends ArchiveLimits {
    stripComponents?: number;
}
/** Materialises entries under `root`; keeps the bookkeeping the safety rules need. */
export declare class TreeWriter {
    private readonly archive;
    private readonly root;
    private readonly o;
    entries: number;
    /** The entry being written (messages of the inflation guard name it). */
    current: string;
    private bytes;
    private readonly dirs;
    private readonly files;
    private readonly symlinks;
    private readonly hardlinks;
    private readonly dirModes;
    private readonly maxBytes;
    private readonly maxEntries;
    constructor(archive: string, root: string, o: TreeWriterOptions);
    /** Validates one entry header and returns its root-relative path ('' = stripped away, skip). */
    begin(name: string, type: string, size: number): string;
    private abs;
    private ensureParent;
    /** A later entry for the same path wins, as with tar: forget a link queued there. */
    private claim;
    /** Writes a whole file from the chunks it arrived in (one writev, no joined copy of them). */
    writeSmall(rel: string, body: readonly Buffer[], mode: number, mtime: Date): void;
    /** Opens a file of the archive for writing; its bytes follow with writeAllSync, then `closeFile`. */
    openFile(rel: string, mode: number): number;
    /** Sets the file's mtime (.pyc files embed their source's) and closes it. */
    closeFile(rel: string, fd: number, mtime: Date): void;
    other(rel: string, type: string, linkname: string, mode: number, rawName: string): void;
    /** Links last (validated against the complete set of symlinks), then directory modes. */
    finish(): void;
}
/**
 * Writes every byte of `chunks` at the file's offset with writev, resumed after a short write. Joining the
 * chunks first (Buffer.concat) would allocate a copy of most of an archive's bytes: garbage that raised an
 * install's peak RSS by 2-3 MB until V8 collected it.
 */
export declare function writeAllSync(fd: number, chunks: readonly Buffer[]): void;
