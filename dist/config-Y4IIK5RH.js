#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  table
} from "./chunk-F7QIJIS5.js";
import "./chunk-KWDCVMID.js";
import {
  describeConfig
} from "./chunk-J2SKANUU.js";
import "./chunk-GJVIXB5Y.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/config.ts
async function configShowCommand(ctx) {
  const shown = describeConfig(ctx.config);
  const rows = Object.entries(shown.options).map(([key, o]) => [
    key,
    o.value === void 0 ? "-" : Array.isArray(o.value) ? o.value.join(" ") || "-" : String(o.value),
    ctx.style.dim(o.source)
  ]);
  return {
    data: shown,
    human: [`config file: ${shown.file ?? "(none)"}`, ...table(rows, ["option", "value", "source"])]
  };
}
export {
  configShowCommand
};
