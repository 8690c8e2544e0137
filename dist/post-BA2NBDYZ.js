import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  savePythonCache
} from "./chunk-GTMEE4KK.js";
import {
  saveUvCache
} from "./chunk-BDHKMQCN.js";
import "./chunk-UQ2D4T7P.js";
import "./chunk-AQOLRART.js";
import "./chunk-N3V4H5X4.js";
import {
  info,
  warning
} from "./chunk-2OAMTD3U.js";
import "./chunk-VEZD3A3U.js";
import "./chunk-Q6UA7ENB.js";
import "./chunk-SZH64BZ5.js";
import "./chunk-OVRNMJZG.js";

// src/action/post.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile);
var PRUNE_LOCK_WAIT_S = 60;
async function prune(uv, dir) {
  info("Pruning the uv cache for CI...");
  const args = ["cache", "prune", "--ci"];
  info(`[command]${uv} ${args.join(" ")}`);
  const wait = Number(process.env.UV_LOCK_TIMEOUT) || PRUNE_LOCK_WAIT_S;
  try {
    const { stdout, stderr } = await execFileAsync(uv, args, {
      env: { ...process.env, UV_CACHE_DIR: dir, UV_LOCK_TIMEOUT: String(wait) },
      timeout: (wait + 30) * 1e3,
      killSignal: "SIGKILL"
    });
    for (const line of `${stdout}${stderr}`.split("\n").filter(Boolean)) info(line);
  } catch (e) {
    const err = e;
    if (err.killed) throw new Error(`the cache was still in use by another uv process after ${wait + 30} s`);
    throw new Error(err.stderr?.trim().split("\n").pop() || err.message);
  }
}
async function run() {
  try {
    await saveUvCache(prune);
    await savePythonCache();
  } catch (e) {
    warning(`post step: ${e.message}`);
  }
}
export {
  run
};
