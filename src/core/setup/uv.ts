import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UvNotFoundError } from '../errors.js';
import type { Logger } from '../log.js';
import { hostPlatform } from '../platform.js';
import { ensureUv, uvInstallDir, type EnsuredUv } from '../uv/install.js';
import { resolveUvRelease } from '../uv/releases.js';
import { DEFAULT_UV_VERSION, uvAsset } from '../uv/triple.js';
import { exactWithoutLookup, parseUvVersionRequest } from '../uv/version-request.js';

export interface PrivateUvOptions {
  /** An exact uv version, `latest` or a range (uv/version-request.ts); default the pinned one. */
  version?: string;
  /** GitHub REST API root asked for `latest` / ranges (default api.github.com). */
  githubApiUrl?: string;
  /** Where the releases list's ETags are kept between runs. */
  releasesCacheDir?: string;
  uvPath?: string;
  /** `<base>/<version>/<asset>`: an http(s)/file URL or a local directory. */
  downloadBaseUrl?: string;
  toolsDir: string;
  token?: string;
  allowMissingChecksum?: boolean;
  /** The sha256 the archive must have; default: the shipped checksum, else the release's `.sha256`. */
  sha256?: string;
  /** No network: only an installed uv, a given path or a local release directory will do. */
  offline?: boolean;
  logger?: Logger;
  signal?: AbortSignal;
}

const isRemote = (base: string) => /^https?:/i.test(base);

/**
 * ensureUv with the configuration's rules: `latest` or a range is resolved to one release first (an exact
 * version asks nothing); a local directory base becomes a file: URL; offline never downloads.
 */
export async function ensurePrivateUv(o: PrivateUvOptions): Promise<EnsuredUv> {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = pathToFileURL(path.resolve(base)).href;
  const request = parseUvVersionRequest(o.version ?? DEFAULT_UV_VERSION);
  if (o.uvPath) {
    // a given uv binary is used as it is: its version is only compared with an exact request
    const version = exactWithoutLookup(request, false);
    return ensureUv({ version, uvPath: o.uvPath, toolsDir: o.toolsDir, logger: o.logger, signal: o.signal });
  }
  const version = await resolveUvRelease(request, {
    apiUrl: o.githubApiUrl,
    token: o.token,
    cacheDir: o.releasesCacheDir,
    offline: o.offline,
    logger: o.logger,
  });
  if (o.offline && (!base || isRemote(base))) {
    const asset = uvAsset(hostPlatform());
    const exe = path.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
    if (!existsSync(exe)) {
      throw new UvNotFoundError(
        `uv ${version} is not installed in ${o.toolsDir} and offline mode forbids downloading it.`,
        {
          requested: version,
          hint: 'Run once online, pass a uv binary (--uv-path), or point --uv-download-url at a local directory of uv releases.',
        },
      );
    }
  }
  return ensureUv({
    version,
    downloadBaseUrl: base,
    toolsDir: o.toolsDir,
    token: o.token,
    sha256: o.sha256,
    allowMissingChecksum: o.allowMissingChecksum,
    logger: o.logger,
    signal: o.signal,
  });
}
