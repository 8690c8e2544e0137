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
} from "./chunk-CS3Q3UVP.js";
import "./chunk-HSJDJGKT.js";
import "./chunk-QIOXQ5YR.js";
import "./chunk-X356S4BX.js";
import "./chunk-QM6TDGAT.js";
import "./chunk-W25ICDBB.js";
import "./chunk-JTSDFNJN.js";
import "./chunk-2B2AYITB.js";
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
