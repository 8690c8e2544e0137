import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  getState,
  info,
  saveState,
  warning
} from "./chunk-2OAMTD3U.js";

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
  healthy: "setup-completed",
  /** 'true' when the cache policy allows saving (see cache-inputs.ts cachePolicy). */
  save: "uv-cache-save",
  prune: "uv-cache-prune",
  quietEmpty: "uv-cache-quiet-empty"
};
function uvCacheDir(env = process.env, localPath) {
  if (localPath) return path.resolve(localPath);
  if (env.UV_CACHE_DIR) return path.resolve(env.UV_CACHE_DIR);
  return path.join(os.homedir(), ".cache", "pyembed-uv");
}
function cachePathArg(dir, home = os.homedir()) {
  const rel = path.relative(home, dir);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) return `~/${rel.split(path.sep).join("/")}`;
  return dir;
}
var loadCache = () => import("./cache-YO7E7KOV.js");
async function cacheServiceAvailable(env = process.env) {
  if (!env.ACTIONS_CACHE_URL && !env.ACTIONS_RESULTS_URL && !env.LOCAL_ACTION_CACHE_PATH) return false;
  const probe = (await loadCache()).isFeatureAvailable;
  return typeof probe === "function" ? probe() : true;
}
async function restoreCachePaths(what, paths, primary, restoreKeys = []) {
  if (!await cacheServiceAvailable()) {
    info(`The Actions cache service is not available here; the ${what} is not restored.`);
    return void 0;
  }
  try {
    const matched = await (await loadCache()).restoreCache(paths, primary, restoreKeys);
    info(matched ? `${what} restored from ${matched}.` : `No ${what} for ${primary}.`);
    return matched;
  } catch (e) {
    warning(`${what} restore failed (continuing without it): ${e.message}`);
    return void 0;
  }
}
async function saveCachePaths(what, paths, key) {
  if (!await cacheServiceAvailable()) {
    warning(`The Actions cache service is not available here; the ${what} is not saved.`);
    return false;
  }
  try {
    const id = await (await loadCache()).saveCache(paths, key);
    if (id === -1) {
      warning(`${what} was not saved for ${key} (see the log above).`);
      return false;
    }
    info(`${what} saved as ${key}.`);
    return true;
  } catch (e) {
    warning(`${what} save failed: ${e.message}`);
    return false;
  }
}
async function restoreUvCache(o) {
  saveState(STATE.key, o.primary);
  saveState(STATE.dir, o.dir);
  if (!o.restore) return false;
  const matched = await restoreCachePaths("uv cache", [cachePathArg(o.dir)], o.primary, [o.restorePrefix]);
  if (matched) saveState(STATE.matched, matched);
  return matched === o.primary;
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
  if (getState(STATE.save) !== "true") {
    info("uv cache saving is off for this run (save-cache, offline or the event): nothing saved.");
    return "skipped";
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
  if (uv && getState(STATE.prune) !== "false") {
    try {
      await prune(uv, dir, getState(STATE.uvVersion));
    } catch (e) {
      warning(`uv cache prune failed (saving unpruned): ${e.message}`);
    }
  }
  if (!await nonEmptyDir(dir)) {
    const say = getState(STATE.quietEmpty) === "true" ? info : warning;
    say(`uv cache ${dir} is empty: nothing to save (no packages were installed?).`);
    return "empty";
  }
  return await saveCachePaths("uv cache", [cachePathArg(dir)], key) ? "saved" : "failed";
}

export {
  STATE,
  uvCacheDir,
  cachePathArg,
  restoreCachePaths,
  saveCachePaths,
  restoreUvCache,
  saveUvCache
};
