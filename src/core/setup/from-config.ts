import type { PythonEmbeddedOptions } from '../config/index.js';
import type { SetupOptions } from './types.js';

/** The plan's settings that come straight from the configuration; both faces spread this, then add their own. */
export function setupOptionsFromConfig(o: PythonEmbeddedOptions): SetupOptions {
  return {
    root: o.root,
    mirror: o.mirror,
    catalogSource: o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    githubApiUrl: o.githubApiUrl,
    githubToken: o.githubToken,
    pbsRepo: o.pbsRepo,
    allowMissingChecksum: o.allowMissingChecksum,
    archiveMaxBytes: o.archiveMaxBytes,
    archiveMaxRatio: o.archiveMaxRatio,
    retries: o.retries,
    timeoutMs: o.timeoutMs,
    backoffMs: o.backoffMs,
    offline: o.offline,
    uvVersion: o.uvVersion,
    uvPath: o.uvPath,
    uvDownloadUrl: o.uvDownloadUrl,
    toolsDir: o.toolsDir,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    proxy: o.proxy,
    noProxy: o.noProxy,
  };
}
