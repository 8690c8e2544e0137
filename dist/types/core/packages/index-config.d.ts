import { type IndexSettings, type Uv } from '../uv/uv.js';
import type { PipConfiguration } from './types.js';
export type IndexOverrides = IndexSettings & {
    extraIndexUrl?: string | string[];
};
export declare class IndexConfig {
    private readonly uv;
    private index;
    private proxy?;
    constructor(uv: Uv, settings: IndexSettings);
    /** The index uv lists projects from: this runtime's, else uv's options' (undefined: uv's default). */
    get indexUrl(): string | undefined;
    /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
    describe(): PipConfiguration;
    /** Uses `indexUrl` from now on; `trusted` also skips TLS verification for its host; `extra` adds it instead. */
    setIndex(indexUrl: string, o?: {
        trusted?: boolean;
        extra?: boolean;
    }): void;
    /** Sends uv's traffic through `proxyUrl`; refuses anything that is not an http(s) or socks5 URL. */
    setProxy(proxyUrl: string, o?: {
        noProxy?: string;
    }): void;
    /** uv's index arguments: the call's settings over this runtime's. */
    indexArgs(o?: IndexOverrides): string[];
    /** The proxy variables uv is started with (for uv only: this process's environment is untouched). */
    proxyEnv(): Record<string, string | undefined>;
}
