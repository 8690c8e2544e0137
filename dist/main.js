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

// src/core/install/memory.ts
var HOST_GC = /* @__PURE__ */ Symbol.for("python-embedded.allowV8Tuning");
function allowV8Tuning() {
  globalThis[HOST_GC] = true;
}
var COLLECT_EVERY = 2 * 1024 * 1024;
var FULL_ABOVE = 6 * 1024 * 1024;

// src/action/main-entry.ts
enableCompileCache();
allowV8Tuning();
var { run } = await import("./main-run.js");
await run();
