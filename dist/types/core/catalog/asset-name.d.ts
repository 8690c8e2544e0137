/**
 * Parses python-build-standalone asset names of every naming era:
 *  - modern (2022+):  cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz
 *                     cpython-3.13.1+20241206-aarch64-apple-darwin-freethreaded+pgo+lto-full.tar.zst
 *  - legacy (2020-21): cpython-3.9.4-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst
 *  - oldest (2019):   cpython-3.7.4-linux64-20190817T0224.tar.zst, cpython-3.7.4-windows-amd64-shared-pgo-...
 * `%2B` is decoded first; `.sha256` companions, SHA256SUMS and other files return undefined,
 * so they can never be chosen as an archive.
 */
import type { Platform } from '../platform.js';
import type { ArchiveFlavor, ArchiveFormat, BuildVariant } from './types.js';
export interface ParsedAsset {
    assetName: string;
    version: string;
    major: number;
    minor: number;
    patch: number;
    prerelease?: string;
    /** Release tag: the `+YYYYMMDD` of modern names, else the date of the legacy timestamp. */
    build: string;
    triple: string;
    platform: Platform;
    variant?: BuildVariant;
    /** Build options between triple and flavour: `pgo+lto`, `shared`, `freethreaded+noopt`, ... */
    options: string;
    flavor: ArchiveFlavor;
    format: ArchiveFormat;
}
export declare function platformFromTriple(triple: string): Platform | undefined;
/** The PBS triple of a platform (inverse of platformFromTriple). */
export declare function tripleOf(p: Platform): string;
/**
 * Parses one asset name. `tag` is the release it was published in, when known: legacy
 * timestamps can predate their release by a day (3.9.4 ...-20210414T1515 is in release 20210415).
 */
export declare function parseAssetName(rawName: string, tag?: string): ParsedAsset | undefined;
/**
 * Preference among several archives of the same build, variant and flavour (legacy releases
 * publish pgo+lto, pgo, lto and noopt side by side): the optimised one first.
 */
export declare function optionsRank(options: string): number;
