#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  extractArchive,
  extractInto,
  extractTarStream,
  formatFromName,
  sniffFormat
} from "./chunk-IFS5U2GL.js";
import "./chunk-DEKPWX3M.js";
import "./chunk-62MKBDW6.js";
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
