import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  v8Module,
  vmModule
} from "./chunk-SZH64BZ5.js";

// src/core/install/memory.ts
var gcFn;
var mayExposeGc = false;
function allowHostGc() {
  mayExposeGc = true;
}
function hostGc() {
  const g = globalThis.gc;
  if (typeof g === "function") return g;
  if (!mayExposeGc) return null;
  try {
    v8Module().setFlagsFromString("--expose-gc");
    const fromContext = vmModule().runInNewContext('typeof gc === "function" ? gc : null');
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
  allowHostGc,
  garbageMeter
};
