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
} from "./chunk-KE2V6KWJ.js";
import "./chunk-HYYA6B37.js";
import "./chunk-IWP2FOZV.js";
import "./chunk-WE6TWLGQ.js";
import "./chunk-IBOF45PI.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-H3KNM2UV.js";
import "./chunk-H3BTIRPU.js";
import "./chunk-SD6QJGZW.js";
import "./chunk-JPOD5ZLP.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-ADBMM3ER.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-7TCN3WCA.js";
import "./chunk-WFUFTANM.js";
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
