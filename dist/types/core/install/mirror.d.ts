import type { PythonBuild } from '../catalog/types.js';
import { type Logger } from '../log.js';
import { type GetOptions } from './http.js';
/** True for `http(s)://` and `file:` mirrors; anything else is a local directory path. */
export declare function isUrl(s: string): boolean;
/** Base URL of a mirror: URLs as given (no trailing slash), directories as file:// URLs. */
export declare function mirrorBase(mirror: string): string;
/**
 * `<mirror>/<tag>/<asset>` with `+` as `%2B` (GitHub's own spelling); the canonical URL without a mirror, and
 * for a row of the user's downloads file (its URL is where the user said the archive is).
 */
export declare function mirrorUrlFor(build: PythonBuild, mirror?: string): string;
/** Parses `sha256sum` output: `<hex>  <name>` or `<hex> *<name>` lines. */
export declare function parseSha256Sums(text: string): Map<string, string>;
/** Fetches a small text file over http(s) or file:; undefined when it does not exist (404 / ENOENT). */
export declare function fetchText(url: string, o?: GetOptions): Promise<string | undefined>;
export interface ExpectedChecksum {
    sha256?: string;
    source: 'catalog' | 'mirror' | 'none';
}
/** `<mirror>/<tag>/SHA256SUMS`. */
export declare function mirrorSumsUrl(build: PythonBuild, mirror: string): string;
/**
 * The checksum policy. The catalogue's sha256 wins; with a mirror, its `<tag>/SHA256SUMS` line is read
 * first and must agree with it (else ChecksumMismatchError, before any archive byte is fetched), and it is
 * used only when the catalogue has no checksum for the build (a release the bundled catalogue predates).
 */
export declare function expectedChecksum(build: PythonBuild, o?: {
    mirror?: string;
    logger?: Logger;
    http?: GetOptions;
}): Promise<ExpectedChecksum>;
