import type { Logger } from '../log.js';
import { type EnsuredUv } from '../uv/install.js';
export interface PrivateUvOptions {
    version?: string;
    uvPath?: string;
    /** `<base>/<version>/<asset>`: an http(s)/file URL or a local directory. */
    downloadBaseUrl?: string;
    toolsDir: string;
    token?: string;
    allowMissingChecksum?: boolean;
    /** No network: only an installed uv, a given path or a local release directory will do. */
    offline?: boolean;
    logger?: Logger;
    signal?: AbortSignal;
}
/** ensureUv with the configuration's rules: a local directory base becomes a file: URL; offline never downloads. */
export declare function ensurePrivateUv(o: PrivateUvOptions): Promise<EnsuredUv>;
