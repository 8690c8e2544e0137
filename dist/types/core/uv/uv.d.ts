import { type Logger } from '../log.js';
import { type CapturedRun } from './spawn.js';
/** Package-index settings shared by every uv call of one runtime (options > env, resolved by the caller). */
export interface IndexSettings {
    /** Replaces PyPI (`--default-index`). */
    indexUrl?: string;
    /** Searched in addition to the default index (`--index`, repeatable). */
    extraIndexUrls?: string[];
    /** Hosts whose TLS certificate is not verified (`--allow-insecure-host`); pip's "trusted-host". */
    trustedHosts?: string[];
}
export interface UvOptions extends IndexSettings {
    /** The uv executable (from `ensureUv`). */
    path: string;
    /** uv's cache (`UV_CACHE_DIR`). Unset = uv's own default. The product sets it so it can persist and prune it. */
    cacheDir?: string;
    /** `--offline`: only the cache, never the network. */
    offline?: boolean;
    /** Honour the user's uv.toml / `[tool.uv]` (default false: a stray config file must not change our installs). */
    useUserConfig?: boolean;
    /** `HTTPS_PROXY`/`HTTP_PROXY` for uv; unset = whatever the environment already has. */
    proxy?: string;
    /** `NO_PROXY` for uv. */
    noProxy?: string;
    /** Extra environment for every call (wins over everything but the product-owned variables). */
    env?: Record<string, string | undefined>;
    /**
     * Where venv layouts `uv venv` wrote are kept to be replayed for the next venv of the same uv, interpreter
     * and options (src/core/venvs/recipe.ts). Unset: every venv is made by `uv venv`.
     */
    venvRecipesDir?: string;
    logger?: Logger;
}
export interface UvRunOptions {
    cwd?: string;
    /** uv's progress and messages (stderr), line by line as they come: for live logs. */
    onOutput?: (line: string) => void;
    signal?: AbortSignal;
    timeoutMs?: number;
    env?: Record<string, string | undefined>;
    /** See SpawnCaptureOptions.onSpawn (a lock holder records uv as its worker). */
    onSpawn?: (pid: number, group: boolean) => void;
}
export interface UvResult extends CapturedRun {
    /** The argument vector uv ran with (for error messages and logs). */
    args: string[];
}
/**
 * uv with an environment the product owns: its cache dir, no Python downloads (we bring our own CPython),
 * no stray user config, index/proxy settings from options. Spawned directly, output captured.
 */
export declare class Uv {
    readonly path: string;
    readonly options: Readonly<UvOptions>;
    private readonly logger;
    private cachedVersion?;
    constructor(options: UvOptions);
    /** A copy with some settings changed (e.g. a per-call index). */
    with(changes: Partial<UvOptions>): Uv;
    /** The environment uv runs with. */
    env(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv;
    /** `--default-index` / `--index` / `--allow-insecure-host` for commands that resolve packages. */
    indexArgs(override?: IndexSettings): string[];
    /** Runs uv; a non-zero exit is returned, not thrown. */
    run(args: string[], o?: UvRunOptions): Promise<UvResult>;
    /** The cache directory uv uses with this environment (`uv cache dir`). */
    cacheDir(o?: UvRunOptions): Promise<string>;
    /**
     * Removes unused cache entries (`uv cache prune`); `ci: true` also drops pre-built wheels that are cheap to
     * download again, which is what to persist between CI runs (setup-uv does the same in its post step).
     */
    pruneCache(o?: UvRunOptions & {
        ci?: boolean;
    }): Promise<UvResult>;
    /** uv's version: `uv self version --output-format json` (uv >= 0.7), else parsed from `uv --version`. */
    version(o?: UvRunOptions): Promise<string>;
}
/** Reads the version of the uv at `path` without any product environment (it may be a system uv). */
export declare function probeUvVersion(path: string, signal?: AbortSignal): Promise<string>;
/** Index URLs go onto uv's command line: only absolute http(s)/file URLs are accepted. */
export declare function checkIndexUrl(url: string): string;
