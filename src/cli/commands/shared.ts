import { catalogFromConfig } from '../../core/catalog/from-config.js';
import type { Catalog } from '../../core/catalog/index.js';
import type { PythonBuild } from '../../core/catalog/types.js';
import type { PythonEmbeddedOptions } from '../../core/config/index.js';
import type { Logger } from '../../core/log.js';
import { parsePlatform, platformKey, type Platform } from '../../core/platform.js';

/** The catalogue the configuration describes; offline = the bundled snapshot only. */
export function catalogFor(o: PythonEmbeddedOptions, logger: Logger): Catalog {
  return catalogFromConfig(o, logger);
}

export function platformOpt(opts: Record<string, unknown>): Platform | undefined {
  return typeof opts.platform === 'string' ? parsePlatform(opts.platform) : undefined;
}

/** A build as JSON: the PythonBuild fields with the platform as its key string. */
export function buildJson(b: PythonBuild): Record<string, unknown> {
  return {
    key: b.key,
    version: b.version,
    build: b.build,
    url: b.url,
    sha256: b.sha256,
    assetName: b.assetName,
    platform: platformKey(b.platform),
    variant: b.variant,
    flavor: b.flavor,
    format: b.format,
    prerelease: b.prerelease,
  };
}
