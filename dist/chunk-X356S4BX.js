#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/install/fs-util.ts
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
function fsErrorText(e) {
  if (!(e instanceof Error)) return String(e);
  const code = e.code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}
async function makeDirs(dir) {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    let up = path.dirname(dir);
    while (!await fs.stat(up).catch(() => void 0) && path.dirname(up) !== up) up = path.dirname(up);
    await fs.access(up, fsConstants.W_OK);
    throw e;
  }
}

// src/core/install/memory.ts
import v8 from "node:v8";
import vm from "node:vm";
var gcFn;
function getGc() {
  if (gcFn !== void 0) return gcFn;
  try {
    const g = globalThis.gc;
    if (typeof g === "function") return gcFn = g;
    v8.setFlagsFromString("--expose-gc");
    gcFn = vm.runInNewContext("gc");
  } catch {
    gcFn = null;
  }
  return gcFn;
}
function garbageMeter(everyBytes = 2 * 1024 * 1024) {
  let pending = 0;
  return (bytes) => {
    pending += bytes;
    if (pending < everyBytes) return;
    pending = 0;
    getGc()?.({ type: "minor" });
  };
}

export {
  fsErrorText,
  makeDirs,
  garbageMeter
};
