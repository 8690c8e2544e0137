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
} from "./chunk-OR2ZBCTK.js";
import "./chunk-PM67EDXT.js";
import "./chunk-75PGIB4W.js";
import "./chunk-25LST5NS.js";
import "./chunk-57ALPBVA.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-UZ2WYJE4.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-OIOGGEUN.js";
import "./chunk-H3BTIRPU.js";
import "./chunk-62MKBDW6.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
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
