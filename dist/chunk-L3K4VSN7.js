#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  createCatalog
} from "./chunk-7GUPRI7K.js";

// src/core/catalog/from-config.ts
import path from "node:path";
function catalogOptions(o) {
  return {
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    downloadsJson: o.pythonDownloadsJsonUrl,
    offline: o.offline,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: path.join(o.root, ".catalog")
  };
}
function catalogFromConfig(o, logger) {
  return createCatalog({ ...catalogOptions(o), logger });
}

export {
  catalogOptions,
  catalogFromConfig
};
