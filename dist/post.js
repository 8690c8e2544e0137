import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  enableCompileCache
} from "./chunk-CRAXZO7K.js";
import "./chunk-OVRNMJZG.js";

// src/action/post-entry.ts
enableCompileCache();
var { run } = await import("./post-BA2NBDYZ.js");
await run();
process.exit(process.exitCode ?? 0);
