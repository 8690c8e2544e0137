/**
 * One HTTP GET with the user's proxy settings and manual redirects.
 * node:http(s) instead of global fetch because Node's fetch ignores HTTPS_PROXY/NO_PROXY.
 */
import http from 'node:http';
export interface GetOptions {
    headers?: Record<string, string>;
    /** Sent only to GitHub hosts, and dropped when a redirect changes host. */
    token?: string;
    /** Extra hosts (a GHES server) that may receive the token. */
    githubHosts?: string[];
    /** Inactivity timeout: no socket activity for this long aborts the request. */
    timeoutMs?: number;
    signal?: AbortSignal;
    /** Extra CA certificates (PEM) for https targets, e.g. a corporate proxy's. */
    ca?: string | Buffer | Array<string | Buffer>;
    /** Environment to read proxy variables from (tests pass their own). */
    env?: NodeJS.ProcessEnv;
    maxRedirects?: number;
}
export interface GetResponse {
    res: http.IncomingMessage;
    /** The URL that answered, after redirects. */
    finalUrl: URL;
}
/** github.com, api.github.com, *.githubusercontent.com, or a configured GHES host. */
export declare function isGitHubHost(hostname: string, extra?: string[]): boolean;
/** Hosts of GITHUB_SERVER_URL / GITHUB_API_URL when they are not github.com (GHES). */
export declare function configuredGitHubHosts(env?: NodeJS.ProcessEnv): string[];
/** A URL safe to print: no credentials, no query string (signed URLs carry secrets there). */
export declare function redactUrl(url: string | URL): string;
/** GET `url`, following redirects; resolves with the final response (any status) for the caller to judge. */
export declare function httpGet(url: string | URL, o?: GetOptions): Promise<GetResponse>;
