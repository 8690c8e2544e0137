import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UvNotFoundError } from '../errors.js';
import type { Logger } from '../log.js';
import { hostPlatform } from '../platform.js';
import { ensureUv, uvInstallDir, type EnsuredUv } from '../uv/install.js';
import { DEFAULT_UV_VERSION, uvAsset } from '../uv/triple.js';

export interface PrivateUvOptions {
  version?: string;
  uvPath?: string;
  /** `<base>/<version>/<asset>`: an http(s)/file URL or a local directory. */
  downloadBaseUrl?: string;
  toolsDir: string;
  token?: string;
  allowMissingChecksum?: boolean;
  /** No network: only an installed uv, a given path or a local release directory will do. */
  offline?: boolean;
  logger?: Logger;
  signal?: AbortSignal;
}

const isRemote = (base: string) => /^https?:/i.test(base);

/** ensureUv with the configuration's rules: a local directory base becomes a file: URL; offline never downloads. */
export async function ensurePrivateUv(o: PrivateUvOptions): Promise<EnsuredUv> {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = pathToFileURL(path.resolve(base)).href;
  if (o.offline && !o.uvPath && (!base || isRemote(base))) {
    const version = o.version ?? DEFAULT_UV_VERSION;
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
    version: o.version,
    uvPath: o.uvPath,
    downloadBaseUrl: base,
    toolsDir: o.toolsDir,
    token: o.token,
    allowMissingChecksum: o.allowMissingChecksum,
    logger: o.logger,
    signal: o.signal,
  });
}
