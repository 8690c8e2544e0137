#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  enableCompileCache
} from "./chunk-JXPAPFBL.js";
import {
  allowHostGc
} from "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
import "./chunk-APXFQ2F5.js";

// src/action/main-entry.ts
enableCompileCache();
allowHostGc();
var { run } = await import("./main-DHVFJ7RS.js");
await run();
