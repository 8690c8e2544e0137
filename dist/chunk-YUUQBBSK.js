#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  catalogFromConfig
} from "./chunk-L3K4VSN7.js";
import {
  parsePlatform,
  platformKey
} from "./chunk-H3BTIRPU.js";

// src/cli/commands/shared.ts
function catalogFor(o, logger) {
  return catalogFromConfig(o, logger);
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
