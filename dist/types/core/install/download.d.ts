import { type Readable } from 'node:stream';
import { type Logger } from '../log.js';
export interface DownloadProgress {
    bytes: number;
    total?: number;
}
export interface DownloadOptions {
    /** Expected sha256 (hex, optionally `sha256:`-prefixed). */
    sha256?: string;
    /** Without a sha256 the download is refused unless this is set (then it is logged as a warning). */
    allowMissingChecksum?: boolean;
    /** Sent only to the GitHub it belongs to: github.com's hosts, or on GHES only that server (tokenMayGoTo). */
    token?: string;
    /** GHES hosts the token belongs to; GITHUB_SERVER_URL/GITHUB_API_URL hosts are added. */
    githubHosts?: string[];
    /** Stand-ins for github.com / api.github.com (tests). */
    githubComHosts?: string[];
    /** Retries after the first attempt (default 4). */
    retries?: number;
    /** Inactivity timeout per attempt in ms (default 30 000). */
    timeoutMs?: number;
    /** First backoff delay in ms (default 1 000); doubles per attempt, with jitter, capped by maxBackoffMs. */
    backoffMs?: number;
    maxBackoffMs?: number;
    onProgress?: (e: DownloadProgress) => void;
    logger?: Logger;
    signal?: AbortSignal;
    /** Extra CA certificates for https (PEM). */
    ca?: string | Buffer | Array<string | Buffer>;
    /** Environment to read proxy settings from (default process.env). */
    env?: NodeJS.ProcessEnv;
}
export interface DownloadResult {
    path: string;
    sha256: string;
    bytes: number;
    attempts: number;
}
export declare function normaliseSha256(s: string | undefined): string | undefined;
export declare function downloadFile(url: string, dest: string, o?: DownloadOptions): Promise<DownloadResult>;
export interface StreamUrlOptions extends DownloadOptions {
    /**
     * Consumes the body of one attempt (e.g. writes it, or extracts it on the fly). Its errors are final
     * (not retried) unless the bytes turn out not to match the sha256, which is then reported instead.
     */
    consume: (body: Readable, info: {
        total?: number;
    }) => Promise<void>;
    /** Undoes a failed attempt's partial output before the next attempt. */
    reset?: () => Promise<void>;
}
/**
 * The download engine: retries, backoff, progress, and the sha256 of exactly the bytes handed to
 * `consume`, compared once the body is complete. Like uv, a caller may extract while downloading, into a
 * private staging dir it publishes only after this resolves (that is: after the checksum matched).
 */
export declare function streamUrl(url: string, o: StreamUrlOptions): Promise<Omit<DownloadResult, 'path'>>;
