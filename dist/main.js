#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  nodeModule.enableCompileCache?.();
}

// src/core/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
var v8Module = () => requireBuiltin("node:v8");

// src/core/install/memory.ts
var HOST_GC = /* @__PURE__ */ Symbol.for("python-embedded.allowHostGc");
function allowHostGc() {
  globalThis[HOST_GC] = true;
}
var COLLECT_EVERY = 2 * 1024 * 1024;
var FULL_ABOVE = 6 * 1024 * 1024;

// src/core/v8-tiers.ts
function hasMaglev(v8Version = process.versions.v8) {
  return Number(v8Version.split(".")[0]) >= 12;
}
function skipTurbofan() {
  if (hasMaglev()) v8Module().setFlagsFromString("--no-turbofan");
}

// src/action/main-entry.ts
enableCompileCache();
allowHostGc();
skipTurbofan();
var { run } = await import("./main-run.js");
await run();
