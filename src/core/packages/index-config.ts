/**
 * Where one runtime's packages come from: its package index settings and proxy, changeable at run time
 * (`configureIndex`, `configureProxy`) without touching any global pip or uv configuration.
 */
import { ConfigurationError } from '../errors.js';
import { checkIndexUrl, type IndexSettings, type Uv } from '../uv/uv.js';
import type { PipConfiguration } from './types.js';

export type IndexOverrides = IndexSettings & { extraIndexUrl?: string | string[] };

export class IndexConfig {
  private index: IndexSettings;
  private proxy?: { url?: string; noProxy?: string };

  constructor(
    private readonly uv: Uv,
    settings: IndexSettings,
  ) {
    for (const u of [settings.indexUrl, ...(settings.extraIndexUrls ?? [])]) if (u) checkIndexUrl(u);
    this.index = {
      indexUrl: settings.indexUrl,
      extraIndexUrls: settings.extraIndexUrls,
      trustedHosts: settings.trustedHosts,
    };
  }

  /** The index uv lists projects from: this runtime's, else uv's options' (undefined: uv's default). */
  get indexUrl(): string | undefined {
    return this.index.indexUrl ?? this.uv.options.indexUrl;
  }

  /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
  describe(): PipConfiguration {
    const env = this.uv.env();
    const sources: PipConfiguration['sources'] = {};
    const pick = <T>(key: string, fromOptions: T | undefined, fromEnv: T | undefined): T | undefined => {
      sources[key] = fromOptions !== undefined ? 'options' : fromEnv !== undefined ? 'env' : 'default';
      return fromOptions ?? fromEnv;
    };
    const split = (s?: string) => (s ? s.split(/\s+/).filter(Boolean) : undefined);
    const uvOpts = this.uv.options;
    const optExtras = this.index.extraIndexUrls ?? uvOpts.extraIndexUrls;
    const optTrusted = this.index.trustedHosts ?? uvOpts.trustedHosts;
    return {
      indexUrl: pick('indexUrl', this.indexUrl, env.UV_DEFAULT_INDEX ?? env.UV_INDEX_URL),
      extraIndexUrls: pick('extraIndexUrls', optExtras, split(env.UV_INDEX ?? env.UV_EXTRA_INDEX_URL)) ?? [],
      trustedHosts: pick('trustedHosts', optTrusted, split(env.UV_INSECURE_HOST)) ?? [],
      proxy: pick(
        'proxy',
        this.proxy?.url ?? uvOpts.proxy,
        env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY,
      ),
      noProxy: pick('noProxy', this.proxy?.noProxy ?? uvOpts.noProxy, env.NO_PROXY ?? env.no_proxy),
      cacheDir: pick('cacheDir', uvOpts.cacheDir, env.UV_CACHE_DIR),
      offline: Boolean(uvOpts.offline || env.UV_OFFLINE),
      sources,
    };
  }

  /** Uses `indexUrl` from now on; `trusted` also skips TLS verification for its host; `extra` adds it instead. */
  setIndex(indexUrl: string, o: { trusted?: boolean; extra?: boolean } = {}): void {
    const url = checkIndexUrl(indexUrl);
    if (o.extra) this.index.extraIndexUrls = [...(this.index.extraIndexUrls ?? []), url];
    else this.index.indexUrl = url;
    if (o.trusted) this.index.trustedHosts = [...(this.index.trustedHosts ?? []), new URL(url).host];
  }

  /** Sends uv's traffic through `proxyUrl`; refuses anything that is not an http(s) or socks5 URL. */
  setProxy(proxyUrl: string, o: { noProxy?: string } = {}): void {
    let u: URL;
    try {
      u = new URL(proxyUrl);
    } catch {
      throw new ConfigurationError(`Not a proxy URL: ${JSON.stringify(proxyUrl)}.`, { requested: proxyUrl });
    }
    if (!['http:', 'https:', 'socks5:', 'socks5h:'].includes(u.protocol)) {
      throw new ConfigurationError(`Unsupported proxy scheme ${u.protocol} in ${proxyUrl}.`, {
        requested: proxyUrl,
      });
    }
    this.proxy = { url: proxyUrl, noProxy: o.noProxy };
  }

  /** uv's index arguments: the call's settings over this runtime's. */
  indexArgs(o: IndexOverrides = {}): string[] {
    const extra = o.extraIndexUrls ?? (o.extraIndexUrl === undefined ? undefined : [o.extraIndexUrl].flat());
    return this.uv.indexArgs({
      indexUrl: o.indexUrl ?? this.index.indexUrl,
      extraIndexUrls: extra ?? this.index.extraIndexUrls,
      trustedHosts: o.trustedHosts ?? this.index.trustedHosts,
    });
  }

  /** The proxy variables uv is started with (for uv only: this process's environment is untouched). */
  proxyEnv(): Record<string, string | undefined> {
    const env: Record<string, string | undefined> = {};
    if (this.proxy?.url) env.HTTPS_PROXY = env.https_proxy = env.HTTP_PROXY = env.http_proxy = this.proxy.url;
    if (this.proxy?.noProxy) env.NO_PROXY = env.no_proxy = this.proxy.noProxy;
    return env;
  }
}
