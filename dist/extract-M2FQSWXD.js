#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  extractArchive,
  extractInto,
  extractTarStream,
  formatFromName,
  sniffFormat
} from "./chunk-EY3ICSUQ.js";
import "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-XX4L5FB7.js";
import "./chunk-APXFQ2F5.js";
export {
  extractArchive,
  extractInto,
  extractTarStream,
  formatFromName,
  sniffFormat
};
