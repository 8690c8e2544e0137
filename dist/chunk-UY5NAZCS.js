#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  getState,
  info,
  saveState,
  warning
} from "./chunk-L2D4MV5I.js";

// src/action/uv-cache.ts
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var STATE = {
  key: "uv-cache-key",
  matched: "uv-cache-matched-key",
  dir: "uv-cache-dir",
  uv: "uv-path",
  uvVersion: "uv-version",
  healthy: "setup-completed"
};
function uvCacheDir(env = process.env) {
  if (env.UV_CACHE_DIR) return path.resolve(env.UV_CACHE_DIR);
  return path.join(os.homedir(), ".cache", "pyembed-uv");
}
function cachePathArg(dir, home = os.homedir()) {
  const rel = path.relative(home, dir);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) return `~/${rel.split(path.sep).join("/")}`;
  return dir;
}
var loadCache = () => import("./cache-WGDQXMQI.js");
async function cacheServiceAvailable(env = process.env) {
  if (!env.ACTIONS_CACHE_URL && !env.ACTIONS_RESULTS_URL && !env.LOCAL_ACTION_CACHE_PATH) return false;
  const probe = (await loadCache()).isFeatureAvailable;
  return typeof probe === "function" ? probe() : true;
}
async function restoreUvCache(o) {
  saveState(STATE.key, o.primary);
  saveState(STATE.dir, o.dir);
  if (!await cacheServiceAvailable()) {
    info("The Actions cache service is not available here; the uv cache is not restored.");
    return false;
  }
  try {
    const matched = await (await loadCache()).restoreCache([cachePathArg(o.dir)], o.primary, [o.restorePrefix]);
    if (!matched) {
      info(`No uv cache for ${o.primary}.`);
      return false;
    }
    saveState(STATE.matched, matched);
    info(`uv cache restored from ${matched}.`);
    return matched === o.primary;
  } catch (e) {
    warning(`uv cache restore failed (continuing without it): ${e.message}`);
    return false;
  }
}
async function nonEmptyDir(dir) {
  try {
    return (await fs.readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
async function saveUvCache(prune) {
  const key = getState(STATE.key);
  const dir = getState(STATE.dir);
  if (!key || !dir) {
    info("uv cache disabled or setup stopped before the cache step: nothing to save.");
    return "disabled";
  }
  if (getState(STATE.healthy) !== "true") {
    warning("Setup did not complete: the uv cache is not saved, so a broken state is not reused.");
    return "unhealthy";
  }
  if (getState(STATE.matched) === key) {
    info(`uv cache hit on ${key}: not saving.`);
    return "hit";
  }
  const uv = getState(STATE.uv);
  if (uv) {
    try {
      await prune(uv, dir, getState(STATE.uvVersion));
    } catch (e) {
      warning(`uv cache prune failed (saving unpruned): ${e.message}`);
    }
  }
  if (!await nonEmptyDir(dir)) {
    warning(`uv cache ${dir} is empty: nothing to save (no packages were installed?).`);
    return "empty";
  }
  if (!await cacheServiceAvailable()) {
    warning("The Actions cache service is not available here; the uv cache is not saved.");
    return "failed";
  }
  try {
    const id = await (await loadCache()).saveCache([cachePathArg(dir)], key);
    if (id === -1) {
      warning(`uv cache was not saved for ${key} (see the log above).`);
      return "failed";
    }
    info(`uv cache saved as ${key}.`);
    return "saved";
  } catch (e) {
    warning(`uv cache save failed: ${e.message}`);
    return "failed";
  }
}

export {
  STATE,
  uvCacheDir,
  restoreUvCache,
  saveUvCache
};
