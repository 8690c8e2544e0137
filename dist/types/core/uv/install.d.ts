import { type Logger } from '../log.js';
import { type Platform } from '../platform.js';
import { type UvChecksumTable } from './checksums.js';
import { type UvAsset } from './triple.js';
export interface EnsureUvOptions {
    /** Exact uv release to install (default: the pinned, tested one). */
    version?: string;
    /** Use this uv executable as is (no download). Its version is reported. */
    uvPath?: string;
    /** Use the `uv` found on PATH (never done unless asked). */
    system?: boolean;
    /** Release base, `<base>/<version>/<asset>`; default GitHub releases of astral-sh/uv. */
    downloadBaseUrl?: string;
    /** Private tools directory; uv lands in `<toolsDir>/uv/<version>/<triple>/`. */
    toolsDir: string;
    logger?: Logger;
    /** Target platform (default: this host). */
    platform?: Platform;
    /** GitHub token (sent to GitHub hosts only, by downloadFile). */
    token?: string;
    /** Expected sha256 of the archive; default: the shipped checksum, else the release's `<asset>.sha256`. */
    sha256?: string;
    /** Checksums that outrank the download base's `.sha256` (default: the ones shipped with the product). */
    knownChecksums?: UvChecksumTable;
    /** Install even when no `.sha256` companion exists (logs a warning). */
    allowMissingChecksum?: boolean;
    signal?: AbortSignal;
}
export interface EnsuredUv {
    path: string;
    version: string;
    source: 'path' | 'cache' | 'download' | 'system';
}
/**
 * Finds or installs uv. Order: an explicit `uvPath`; `system: true` (PATH); otherwise the private copy of the
 * pinned version, downloaded once from the release archive, verified against its `.sha256`, and installed
 * atomically under a lock. A uv on PATH is never picked up silently.
 */
export declare function ensureUv(o: EnsureUvOptions): Promise<EnsuredUv>;
/** Where ensureUv installs `version` for `asset`'s platform: `<toolsDir>/uv/<version>/<triple>`. */
export declare function uvInstallDir(toolsDir: string, version: string, asset: UvAsset): string;
