#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  enableCompileCache
} from "./chunk-JXPAPFBL.js";
import "./chunk-APXFQ2F5.js";

// src/action/post-entry.ts
enableCompileCache();
var { run } = await import("./post-YHPXWUHB.js");
await run();
process.exit(process.exitCode ?? 0);
