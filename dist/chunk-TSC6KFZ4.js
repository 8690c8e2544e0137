#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  createCatalog
} from "./chunk-QM6TDGAT.js";
import {
  parsePlatform,
  platformKey
} from "./chunk-W25ICDBB.js";

// src/cli/commands/shared.ts
import path from "node:path";
function catalogFor(o, logger) {
  return createCatalog({
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: path.join(o.root, ".catalog"),
    logger
  });
}
function platformOpt(opts) {
  return typeof opts.platform === "string" ? parsePlatform(opts.platform) : void 0;
}
function buildJson(b) {
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
    prerelease: b.prerelease
  };
}

export {
  catalogFor,
  platformOpt,
  buildJson
};
