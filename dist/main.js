import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  enableCompileCache
} from "./chunk-CRAXZO7K.js";
import {
  allowHostGc
} from "./chunk-2CTFYGFC.js";
import "./chunk-SZH64BZ5.js";
import "./chunk-OVRNMJZG.js";

// src/action/main-entry.ts
enableCompileCache();
allowHostGc();
var { run } = await import("./main-J76TXGAD.js");
await run();
