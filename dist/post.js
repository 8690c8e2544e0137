#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_semver
} from "./chunk-6TMB3K2E.js";
import {
  savePythonCache,
  saveUvCache
} from "./chunk-5AMXXEGK.js";
import {
  exec,
  info,
  warning
} from "./chunk-UTZ5JAL4.js";
import "./chunk-J5OISG7Z.js";
import "./chunk-R5W63ZYQ.js";
import "./chunk-7K34IQ6O.js";
import "./chunk-62MKBDW6.js";
import "./chunk-EI5M5ORX.js";
import {
  __toESM
} from "./chunk-APXFQ2F5.js";

// src/action/post.ts
var import_semver = __toESM(require_semver(), 1);
async function prune(uv, dir, uvVersion) {
  info("Pruning the uv cache for CI...");
  const force = uvVersion && import_semver.default.gte(import_semver.default.coerce(uvVersion) ?? "0.0.0", "0.8.24") ? ["--force"] : [];
  await exec(uv, ["cache", "prune", "--ci", ...force], {
    env: { ...process.env, UV_CACHE_DIR: dir }
  });
}
async function run() {
  try {
    await saveUvCache(prune);
    await savePythonCache();
  } catch (e) {
    warning(`post step: ${e.message}`);
  }
}

// src/action/post-entry.ts
await run();
process.exit(process.exitCode ?? 0);
