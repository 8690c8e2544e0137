#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/install/memory.ts
import vm from "node:vm";
var gcFn;
function hostGc() {
  const g = globalThis.gc;
  if (typeof g === "function") return g;
  try {
    const fromContext = vm.runInNewContext('typeof gc === "function" ? gc : null');
    return typeof fromContext === "function" ? fromContext : null;
  } catch {
    return null;
  }
}
function garbageMeter(everyBytes = 2 * 1024 * 1024) {
  let pending = 0;
  return (bytes) => {
    pending += bytes;
    if (pending < everyBytes) return;
    pending = 0;
    if (gcFn === void 0) gcFn = hostGc();
    gcFn?.({ type: "minor" });
  };
}

export {
  garbageMeter
};
