import type { Logger } from '../log.js';
import { type EnsuredUv } from '../uv/install.js';
export interface PrivateUvOptions {
    /** An exact uv version, `latest` or a range (uv/version-request.ts); default the pinned one. */
    version?: string;
    /** GitHub REST API root asked for `latest` / ranges (default api.github.com). */
    githubApiUrl?: string;
    /** Where the releases list's ETags are kept between runs. */
    releasesCacheDir?: string;
    uvPath?: string;
    /** `<base>/<version>/<asset>`: an http(s)/file URL or a local directory. */
    downloadBaseUrl?: string;
    toolsDir: string;
    token?: string;
    allowMissingChecksum?: boolean;
    /** The sha256 the archive must have; default: the shipped checksum, else the release's `.sha256`. */
    sha256?: string;
    /** No network: only an installed uv, a given path or a local release directory will do. */
    offline?: boolean;
    logger?: Logger;
    signal?: AbortSignal;
}
/**
 * ensureUv with the configuration's rules: `latest` or a range is resolved to one release first (an exact
 * version asks nothing); a local directory base becomes a file: URL; offline never downloads.
 */
export declare function ensurePrivateUv(o: PrivateUvOptions): Promise<EnsuredUv>;
