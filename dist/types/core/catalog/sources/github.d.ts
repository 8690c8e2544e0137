import { RateLimitError } from '../../errors.js';
import { type Logger } from '../../log.js';
import type { PythonBuild } from '../types.js';
export declare const DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
export declare const DEFAULT_API_URL = "https://api.github.com";
export interface GitHubSourceOptions {
    apiUrl?: string;
    token?: string;
    /** `owner/repo`. */
    pbsRepo?: string;
    /** Another `owner/repo` read through the same client (uv's releases); wins over pbsRepo. */
    repo?: string;
    /** ETag store directory. Without it, ETags live only in memory for this process. */
    cacheDir?: string;
    logger?: Logger;
    fetch?: typeof fetch;
    /** Releases per page when listing (default 30; GitHub's maximum is 100). */
    pageSize?: number;
}
interface ReleaseAsset {
    name: string;
    browser_download_url: string;
    digest?: string | null;
}
interface Release {
    tag_name: string;
    draft?: boolean;
    prerelease?: boolean;
    assets: ReleaseAsset[];
}
/** What a release list says of one release, for a caller that is not the PBS catalogue. */
export interface ReleaseSummary {
    tag: string;
    prerelease: boolean;
    assets: string[];
}
interface HttpLikeError {
    status?: number;
    message?: string;
    response?: {
        headers?: Record<string, string | number | undefined>;
        url?: string;
    };
}
/** 403 with no remaining quota, or 429 -> RateLimitError naming GITHUB_TOKEN and the reset time. */
export declare function rateLimitError(e: HttpLikeError, url: string): RateLimitError | undefined;
/** Turns one release into catalogue rows (one per archive; duplicates keep the most optimised build). */
export declare function buildsFromRelease(release: Release): PythonBuild[];
export declare class GitHubReleases {
    readonly owner: string;
    readonly repo: string;
    readonly apiUrl: string;
    /** API requests made by this instance (304s included). */
    apiCalls: number;
    private octokitP?;
    private readonly token?;
    private readonly etags;
    private readonly log;
    private readonly fetchOption;
    private readonly pageSize;
    private readonly releases;
    private readonly sums;
    constructor(o?: GitHubSourceOptions);
    /** Read on use: reading `globalThis.fetch` loads Node's undici (~30 ms), which a source never asked needs not. */
    private get fetchImpl();
    /** @octokit/rest loads on the first API request: the snapshot path (the default) never needs it. */
    private octokit;
    private urlOf;
    /** A conditional GET; returns the body and the `link` header, or undefined on 404. */
    private get;
    private remember;
    /** Rows of one release, or undefined when the tag does not exist. 1 API call. */
    releaseByTag(tag: string): Promise<PythonBuild[] | undefined>;
    /**
     * Rows of release `tag` as GitHub answered an earlier online run (the stored body of `releases/tags/{tag}`),
     * without a request: offline, a pinned release the bundled catalogue predates. Undefined when never fetched.
     */
    storedReleaseByTag(tag: string): Promise<PythonBuild[] | undefined>;
    /** Rows of the latest release. 1 API call. */
    latest(): Promise<{
        tag: string;
        builds: PythonBuild[];
    } | undefined>;
    /** Every release, newest first, one page (one API call) at a time. */
    pages(): AsyncGenerator<PythonBuild[]>;
    /** Every published release's tag, prerelease flag and asset names, newest first, a page at a time. */
    summaries(): AsyncGenerator<ReleaseSummary[]>;
    /** The tag of the latest release (GitHub's `releases/latest`: no draft, no prerelease). 1 API call. */
    latestTag(): Promise<string | undefined>;
    private releasePages;
    private fetchText;
    /**
     * Fills in a missing sha256 from the release's SHA256SUMS or a `.sha256` companion
     * (downloads, not API calls). Returns the build unchanged when neither lists it.
     */
    withChecksum(build: PythonBuild): Promise<PythonBuild>;
}
export {};
