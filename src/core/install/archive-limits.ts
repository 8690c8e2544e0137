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
export const DEFAULT_MAX_BYTES = 3 * 1024 ** 3;
/** A real install_only archive inflates ~3.2x (gzip) to ~4.5x (zstd) overall; never past 5x after 1 MiB. */
export const DEFAULT_MAX_RATIO = 20;
/** Below this many inflated bytes the ratio is not judged: small, highly compressible files are normal. */
export const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_ENTRIES = 1_000_000;

const MiB = 1024 * 1024;

export function resolveLimits(l: ArchiveLimits): Required<ArchiveLimits> {
  return {
    maxBytes: l.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRatio: l.maxRatio ?? DEFAULT_MAX_RATIO,
    maxEntries: l.maxEntries ?? DEFAULT_MAX_ENTRIES,
  };
}

const HOW_TO_RAISE: Record<keyof ArchiveLimits, string> = {
  maxBytes: 'archiveLimits.maxBytes (CLI --archive-max-bytes, env PYEMBED_ARCHIVE_MAX_BYTES)',
  maxRatio: 'archiveLimits.maxRatio (CLI --archive-max-ratio, env PYEMBED_ARCHIVE_MAX_RATIO)',
  maxEntries: 'archiveLimits.maxEntries',
};

/** The typed refusal for a limit: which limit, its value, and the option that raises it. */
export function limitError(
  archive: string,
  limit: keyof ArchiveLimits,
  value: number,
  what: string,
  entry?: string,
): PythonInstallationError {
  const at = entry === undefined ? '' : ` at entry "${entry}"`;
  return new PythonInstallationError(`Refusing to extract ${archive}${at}: ${what}.`, {
    requested: archive,
    ...(entry === undefined ? {} : { entry }),
    limit,
    value,
    hint: `Nothing was installed. If this archive is trusted and really that large, raise ${HOW_TO_RAISE[limit]}.`,
  });
}

export function describeBytes(n: number): string {
  return n >= 1024 * MiB ? `${+(n / 1024 / MiB).toFixed(2)} GiB` : `${+(n / MiB).toFixed(1)} MiB`;
}

/**
 * Compares what comes out of the decompressor with what went in. The compressed count runs ahead (the
 * decompressor may still hold input), so the measured ratio never overstates the real one.
 */
export class InflationGuard {
  private compressed = 0;
  private inflated = 0;
  private readonly limits: Required<ArchiveLimits>;

  constructor(
    private readonly archive: string,
    limits: ArchiveLimits,
  ) {
    this.limits = resolveLimits(limits);
  }

  addCompressed(n: number) {
    this.compressed += n;
  }

  addInflated(n: number, entry?: string) {
    this.inflated += n;
    const { maxBytes, maxRatio } = this.limits;
    if (this.inflated > maxBytes) {
      throw limitError(
        this.archive,
        'maxBytes',
        maxBytes,
        `it unpacks to more than the ${describeBytes(maxBytes)} limit (maxBytes ${maxBytes})`,
        entry,
      );
    }
    if (this.inflated > RATIO_FLOOR_BYTES && this.inflated > maxRatio * this.compressed) {
      const ratio = Math.floor(this.inflated / Math.max(1, this.compressed));
      throw limitError(
        this.archive,
        'maxRatio',
        maxRatio,
        `${describeBytes(this.inflated)} inflated from ${describeBytes(this.compressed)} (${ratio}x) exceeds ` +
          `the ${maxRatio}x limit on inflated vs compressed bytes: a decompression bomb`,
        entry,
      );
    }
  }
}
