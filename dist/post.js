#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  nodeModule.enableCompileCache?.();
}

// src/action/post-entry.ts
enableCompileCache();
var { run } = await import("./post-run.js");
await run();
process.exit(process.exitCode ?? 0);
