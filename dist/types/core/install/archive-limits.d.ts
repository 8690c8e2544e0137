/**
 * How big an archive may unpack: bounds that real archives stay far below, so a bomb is refused while it
 * inflates instead of filling the disk. Every bound is an option (library `archiveLimits`, CLI
 * `--archive-max-bytes` / `--archive-max-ratio`) for unusual private builds; the error names the one hit.
 */
import { PythonInstallationError } from '../errors.js';
export interface ArchiveLimits {
    /** Refuse archives that unpack to more than this many bytes (default 3 GiB). */
    maxBytes?: number;
    /** Refuse archives that inflate more than this many times their compressed size (default 20). */
    maxRatio?: number;
    /** Refuse archives with more entries than this (default 1 000 000). */
    maxEntries?: number;
}
/**
 * The largest real trees (debug `full` archives: static libraries and object files with debug info) unpack
 * to well under this; an install_only tree is ~100-250 MB.
 */
export declare const DEFAULT_MAX_BYTES: number;
/** A real install_only archive inflates ~3.2x (gzip) to ~4.5x (zstd) overall; never past 5x after 1 MiB. */
export declare const DEFAULT_MAX_RATIO = 20;
/** Below this many inflated bytes the ratio is not judged: small, highly compressible files are normal. */
export declare const RATIO_FLOOR_BYTES: number;
export declare const DEFAULT_MAX_ENTRIES = 1000000;
export declare function resolveLimits(l: ArchiveLimits): Required<ArchiveLimits>;
/** The typed refusal for a limit: which limit, its value, and the option that raises it. */
export declare function limitError(archive: string, limit: keyof ArchiveLimits, value: number, what: string, entry?: string): PythonInstallationError;
export declare function describeBytes(n: number): string;
/**
 * Compares what comes out of the decompressor with what went in. The compressed count runs ahead (the
 * decompressor may still hold input), so the measured ratio never overstates the real one.
 */
export declare class InflationGuard {
    private readonly archive;
    private compressed;
    private inflated;
    private readonly limits;
    constructor(archive: string, limits: ArchiveLimits);
    addCompressed(n: number): void;
    addInflated(n: number, entry?: string): void;
}
