import type { Platform } from '../platform.js';
/** The pinned, tested uv release. Bump together with the test world's uv (scripts/world-tools.sh). */
export declare const DEFAULT_UV_VERSION = "0.13.9";
/** Where astral-sh/uv publishes release assets: `<base>/<version>/<asset>` (+ `<asset>.sha256`). */
export declare const DEFAULT_UV_DOWNLOAD_URL = "https://github.com/astral-sh/uv/releases/download";
/**
 * The Rust target triple uv names its release archives after (`uv-<triple>.tar.gz`, `.zip` on Windows).
 * Only triples astral-sh/uv actually publishes are returned; anything else is a clear error, not a 404 later.
 */
export declare function uvTriple(p: Platform): string;
export interface UvAsset {
    triple: string;
    /** `uv-<triple>.tar.gz` or `uv-<triple>.zip` (Windows). */
    name: string;
    format: 'tar.gz' | 'zip';
    /** Directory inside the archive that holds the binaries ('' for the flat Windows zip). */
    innerDir: string;
    /** File name of the uv executable. */
    exe: string;
}
export declare function uvAsset(p: Platform): UvAsset;
/** `<base>/<version>/<asset>`; the base is trimmed of trailing slashes so mirrors can be given either way. */
export declare function uvAssetUrl(version: string, asset: UvAsset, base?: string): string;
