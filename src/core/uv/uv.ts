import { ConfigurationError, UvNotFoundError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { spawnCapture, type CapturedRun } from './spawn.js';

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

/** Variables that would make uv act on something other than what we name explicitly. */
const STRIPPED_ENV = [
  'VIRTUAL_ENV',
  'UV_PYTHON',
  'UV_PROJECT_ENVIRONMENT',
  'CONDA_PREFIX',
  'PYTHONHOME',
  'UV_SYSTEM_PYTHON',
];

/**
 * uv with an environment the product owns: its cache dir, no Python downloads (we bring our own CPython),
 * no stray user config, index/proxy settings from options. Spawned directly, output captured.
 */
export class Uv {
  readonly path: string;
  readonly options: Readonly<UvOptions>;
  private readonly logger: Logger;
  private cachedVersion?: string;

  constructor(options: UvOptions) {
    if (!options.path)
      throw new UvNotFoundError('No uv executable given.', { hint: 'Call ensureUv() first.' });
    for (const url of [options.indexUrl, ...(options.extraIndexUrls ?? [])]) if (url) checkIndexUrl(url);
    this.path = options.path;
    this.options = { ...options };
    this.logger = options.logger ?? silentLogger;
  }

  /** A copy with some settings changed (e.g. a per-call index). */
  with(changes: Partial<UvOptions>): Uv {
    const u = new Uv({ ...this.options, ...changes });
    u.cachedVersion = this.cachedVersion;
    return u;
  }

  /** The environment uv runs with. */
  env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of STRIPPED_ENV) delete env[k];
    if (this.options.proxy) {
      env.HTTPS_PROXY = env.https_proxy = this.options.proxy;
      env.HTTP_PROXY = env.http_proxy = this.options.proxy;
    }
    if (this.options.noProxy) env.NO_PROXY = env.no_proxy = this.options.noProxy;
    Object.assign(env, this.options.env, extra);
    // Product-owned: these always win.
    env.UV_PYTHON_DOWNLOADS = 'never';
    env.UV_NO_PROGRESS = '1';
    if (this.options.cacheDir) env.UV_CACHE_DIR = this.options.cacheDir;
    if (!this.options.useUserConfig) env.UV_NO_CONFIG = '1';
    else delete env.UV_NO_CONFIG;
    if (this.options.offline) env.UV_OFFLINE = '1';
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    return env;
  }

  /** `--default-index` / `--index` / `--allow-insecure-host` for commands that resolve packages. */
  indexArgs(override: IndexSettings = {}): string[] {
    const indexUrl = override.indexUrl ?? this.options.indexUrl;
    const extras = override.extraIndexUrls ?? this.options.extraIndexUrls ?? [];
    const trusted = override.trustedHosts ?? this.options.trustedHosts ?? [];
    const args: string[] = [];
    // `--opt=value` form: a value can never be mistaken for another option.
    if (indexUrl) args.push(`--default-index=${checkIndexUrl(indexUrl)}`);
    for (const url of extras) args.push(`--index=${checkIndexUrl(url)}`);
    for (const host of trusted) args.push(`--allow-insecure-host=${checkHost(host)}`);
    return args;
  }

  /** Runs uv; a non-zero exit is returned, not thrown. */
  async run(args: string[], o: UvRunOptions = {}): Promise<UvResult> {
    this.logger.debug(`uv ${args.join(' ')}`);
    let r: CapturedRun;
    try {
      r = await spawnCapture(this.path, args, {
        cwd: o.cwd,
        env: this.env(o.env),
        signal: o.signal,
        timeoutMs: o.timeoutMs,
        onStderr: o.onOutput,
        onSpawn: o.onSpawn,
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') {
        throw new UvNotFoundError(`uv could not be started at ${this.path} (${code}).`, {
          requested: this.path,
          hint: 'Run ensureUv() again or pass a working uvPath.',
        });
      }
      throw e;
    }
    return { ...r, args };
  }

  /** The cache directory uv uses with this environment (`uv cache dir`). */
  async cacheDir(o: UvRunOptions = {}): Promise<string> {
    const r = await this.run(['cache', 'dir'], o);
    if (r.exitCode !== 0)
      throw new UvNotFoundError(`uv cache dir failed: ${r.stderr.trim()}`, { requested: this.path });
    return r.stdout.trim();
  }

  /**
   * Removes unused cache entries (`uv cache prune`); `ci: true` also drops pre-built wheels that are cheap to
   * download again, which is what to persist between CI runs (setup-uv does the same in its post step).
   */
  async pruneCache(o: UvRunOptions & { ci?: boolean } = {}): Promise<UvResult> {
    return this.run(['cache', 'prune', ...(o.ci ? ['--ci'] : [])], o);
  }

  /** uv's version: `uv self version --output-format json` (uv >= 0.7), else parsed from `uv --version`. */
  async version(o: UvRunOptions = {}): Promise<string> {
    if (this.cachedVersion) return this.cachedVersion;
    this.cachedVersion = await probeUvVersion(this.path, o.signal);
    return this.cachedVersion;
  }
}

/** Reads the version of the uv at `path` without any product environment (it may be a system uv). */
export async function probeUvVersion(path: string, signal?: AbortSignal): Promise<string> {
  let r: CapturedRun;
  try {
    r = await spawnCapture(path, ['self', 'version', '--output-format', 'json'], {
      signal,
      timeoutMs: 30_000,
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path}: ${(e as Error).message}`, {
      requested: path,
      hint: 'Check the path, or let python-embedded install its pinned uv.',
    });
  }
  if (r.exitCode === 0) {
    try {
      const v = (JSON.parse(r.stdout) as { version?: unknown }).version;
      if (typeof v === 'string' && v) return v;
    } catch {
      // not JSON: an older uv, fall through to the text form
    }
  }
  const t = await spawnCapture(path, ['--version'], { signal, timeoutMs: 30_000 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path,
      },
    );
  }
  return m[1];
}

/** Index URLs go onto uv's command line: only absolute http(s)/file URLs are accepted. */
export function checkIndexUrl(url: string): string {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  if (!u || !['http:', 'https:', 'file:'].includes(u.protocol) || /\s/.test(url)) {
    throw new ConfigurationError(`Not a package index URL: ${JSON.stringify(url)}.`, {
      requested: url,
      hint: 'Use an absolute http(s):// or file:// URL, e.g. https://pypi.org/simple/.',
    });
  }
  return url;
}

function checkHost(host: string): string {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || host.startsWith('-')) {
    throw new ConfigurationError(`Not a host name: ${JSON.stringify(host)}.`, { requested: host });
  }
  return host;
}
