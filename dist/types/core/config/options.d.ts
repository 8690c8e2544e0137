/** Where builds come from; see src/core/catalog. */
export type CatalogSource = 'snapshot' | 'ndjson' | 'github' | 'auto';
/**
 * The one options object shared by the CLI, the library and the action.
 * Every value comes from, in order: a CLI flag, an environment variable, a config file, a default.
 */
export interface PythonEmbeddedOptions {
    /** Directory holding the instances (`<root>/cpython-.../`). */
    root: string;
    /** Python spec used when none is given and no `.python-version`-like file names one. */
    python: string;
    /** PBS release (build date, `YYYYMMDD`) to pin; undefined = newest. */
    build?: string;
    /** `install_only_stripped` (default) or `install_only`. */
    flavor: 'install_only_stripped' | 'install_only';
    /** PBS archive mirror: `<base>/<tag>/<asset>`, an http(s)/file URL or a local directory. */
    mirror?: string;
    catalogSource: CatalogSource;
    /** NDJSON index URL (astral-sh/versions format). */
    ndjsonUrl?: string;
    /**
     * A downloads file in uv's download-metadata.json format (path, file: or http(s) URL): its rows answer
     * first, each fetched from its own URL (uv's `python-downloads-json-url`).
     */
    pythonDownloadsJsonUrl?: string;
    /** GitHub REST API root (GHES and tests change it). */
    githubApiUrl: string;
    /** Sent only to GitHub hosts, never printed. */
    githubToken?: string;
    /** `owner/name` of the python-build-standalone releases. */
    pbsRepo: string;
    /**
     * uv release to install privately: exact, `latest` or a range. Undefined: the project's `required-version`
     * (uv.toml / `[tool.uv]`) when setup finds one, else the pinned DEFAULT_UV_VERSION.
     */
    uvVersion?: string;
    /** A uv binary to use instead of installing one. */
    uvPath?: string;
    /** uv release base, `<base>/<version>/<asset>`. */
    uvDownloadUrl?: string;
    /** Where the private uv is installed. */
    toolsDir: string;
    /** Package index (PEP 503 simple); undefined = uv's default (PyPI). */
    indexUrl?: string;
    extraIndexUrls: string[];
    /** Hosts uv may reach over plain HTTP / without TLS verification. */
    trustedHosts: string[];
    /** HTTPS proxy URL for downloads. */
    proxy?: string;
    /** Comma-separated hosts that bypass the proxy. */
    noProxy?: string;
    /** Per-request timeout of downloads and API calls. */
    timeoutMs: number;
    /** Retries of transient download failures. */
    retries: number;
    /** First backoff delay; doubles per retry (with jitter). */
    backoffMs: number;
    /** No network at all: fail clearly when something is missing locally. */
    offline: boolean;
    /** Accept an archive whose checksum nobody publishes (logged as a warning). */
    allowMissingChecksum: boolean;
    /** Refuse archives that unpack to more than this many bytes (default: the extractor's 3 GiB). */
    archiveMaxBytes?: number;
    /** Refuse archives that inflate more than this many times their compressed size (default 20). */
    archiveMaxRatio?: number;
}
export type OptionKey = keyof PythonEmbeddedOptions;
export declare const DEFAULT_PYTHON = "3.12";
export { DEFAULT_UV_VERSION } from '../uv/triple.js';
export declare const DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
export declare const DEFAULT_GITHUB_API_URL = "https://api.github.com";
/** The user data dir, like platformdirs: XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows. */
export declare function defaultRoot(env?: NodeJS.ProcessEnv): string;
