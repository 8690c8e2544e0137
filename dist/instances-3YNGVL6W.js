#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  METADATA_FILE,
  PythonManager,
  dirSize,
  instanceName,
  localArchiveBuild,
  packDirectory,
  parseInstanceName
} from "./chunk-XGQXPIAC.js";
import "./chunk-PM67EDXT.js";
import "./chunk-QVOYQLG3.js";
import "./chunk-75PGIB4W.js";
import "./chunk-ZP3UPS23.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-DEKPWX3M.js";
import "./chunk-UZ2WYJE4.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-D77P3QQB.js";
import "./chunk-H3BTIRPU.js";
import "./chunk-62MKBDW6.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";
export {
  METADATA_FILE,
  PythonManager,
  dirSize,
  instanceName,
  localArchiveBuild,
  packDirectory,
  parseInstanceName
};
