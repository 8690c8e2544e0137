import { type Readable } from 'node:stream';
import { type ArchiveLimits } from './archive-limits.js';
import { type ZstdDecoder } from './zstd.js';
export type ExtractFormat = 'tar.gz' | 'tar.zst' | 'zip';
/** Limits: `maxBytes` (default 3 GiB), `maxRatio` (inflated / compressed, default 20), `maxEntries`. */
export interface ExtractOptions extends ArchiveLimits {
    format?: ExtractFormat;
    stripComponents?: number;
    /** zstd decoder: Node's own where it exists, else fzstd (`fzstd` forces it; both are bounded alike). */
    zstdDecoder?: ZstdDecoder;
    /** Compressed bytes consumed so far, of `total` (the archive size). */
    onProgress?: (e: {
        bytes: number;
        total: number;
        entries: number;
    }) => void;
    signal?: AbortSignal;
}
export declare function formatFromName(name: string): ExtractFormat | undefined;
/** By magic bytes, for archives whose name says nothing (a downloaded temp file). */
export declare function sniffFormat(file: string): Promise<ExtractFormat | undefined>;
export declare function extractArchive(archive: string, destDir: string, o?: ExtractOptions): Promise<void>;
/** Extracts straight into an existing, empty directory (callers that manage their own temp dir). */
export declare function extractInto(archive: string, root: string, format: ExtractFormat, o?: ExtractOptions): Promise<void>;
/**
 * Extracts a tar stream (e.g. a download in flight) into the existing, empty directory `root`.
 * `name` is only used in messages. Callers own `root`: on failure they remove it.
 */
export declare function extractTarStream(source: Readable, root: string, format: 'tar.gz' | 'tar.zst', o?: ExtractOptions & {
    name?: string;
}): Promise<void>;
