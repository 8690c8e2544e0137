import { type Logger } from '../log.js';
import type { UvVersionRequest } from './version-request.js';
export declare const UV_REPO = "astral-sh/uv";
export interface UvReleaseLookup {
    /** GitHub REST API root (default api.github.com). */
    apiUrl?: string;
    token?: string;
    /** ETags are kept here between runs (`<dir>/uv-releases`); memory only without it. */
    cacheDir?: string;
    offline?: boolean;
    logger?: Logger;
}
/** The exact uv release `req` names, asking the releases API unless it is already exact. */
export declare function resolveUvRelease(req: UvVersionRequest, o: UvReleaseLookup): Promise<string>;
