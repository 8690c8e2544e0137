/**
 * One HTTP GET with the user's proxy settings and manual redirects.
 * node:http(s) instead of global fetch because Node's fetch ignores HTTPS_PROXY/NO_PROXY.
 */
import type http from 'node:http';
export interface GetOptions {
    headers?: Record<string, string>;
    /** Sent only to the hosts it belongs to (see tokenMayGoTo), and dropped when a redirect changes host. */
    token?: string;
    /** GHES hosts the token belongs to, beside those of GITHUB_SERVER_URL / GITHUB_API_URL in `env`. */
    githubHosts?: string[];
    /** Hosts that stand for github.com and api.github.com (default those two; tests use loopback stand-ins). */
    githubComHosts?: string[];
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
export declare const GITHUB_COM_HOSTS: string[];
/** github.com, api.github.com (or their stand-ins), *.githubusercontent.com, or one of `extra`. */
export declare function isGitHubHost(hostname: string, extra?: string[], githubCom?: string[]): boolean;
/**
 * Where a token may go. A token belongs to the GitHub the run is on: on GHES (GITHUB_SERVER_URL /
 * GITHUB_API_URL, or `githubHosts`, naming a host other than github.com) only to that server and its API,
 * so github.com downloads go unauthenticated, like setup-python's; otherwise to github.com, its API and
 * its release-download hosts. Never anywhere else (mirrors, indexes, proxies).
 */
export declare function tokenMayGoTo(hostname: string, o?: Omit<GetOptions, 'token'>): boolean;
/** Hosts of GITHUB_SERVER_URL / GITHUB_API_URL when they are not github.com (GHES). */
export declare function configuredGitHubHosts(env?: NodeJS.ProcessEnv): string[];
/** A URL safe to print: no credentials, no query string (signed URLs carry secrets there). */
export declare function redactUrl(url: string | URL): string;
/** GET `url`, following redirects; resolves with the final response (any status) for the caller to judge. */
export declare function httpGet(url: string | URL, o?: GetOptions): Promise<GetResponse>;
