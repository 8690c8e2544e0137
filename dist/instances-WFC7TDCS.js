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
} from "./chunk-QVWDKZJH.js";
import "./chunk-LOLJH7YI.js";
import "./chunk-6F57BE7Q.js";
import "./chunk-ARQDSDZT.js";
import "./chunk-4TFHPNUP.js";
import "./chunk-AMGM4XTZ.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-XTXJQSE3.js";
import "./chunk-HRBYJDI6.js";
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
