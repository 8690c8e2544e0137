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

// src/cli/main.ts
enableCompileCache();
allowHostGc();
var { runCli } = await import("./program-QNEXIB74.js");
process.exitCode = await runCli(process.argv.slice(2));
