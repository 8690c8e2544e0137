#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/setup/from-config.ts
function setupOptionsFromConfig(o) {
  return {
    root: o.root,
    mirror: o.mirror,
    catalogSource: o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    githubApiUrl: o.githubApiUrl,
    githubToken: o.githubToken,
    pbsRepo: o.pbsRepo,
    allowMissingChecksum: o.allowMissingChecksum,
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
    noProxy: o.noProxy
  };
}

export {
  setupOptionsFromConfig
};
