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
} from "./chunk-TZ5XPPSR.js";
import "./chunk-QTIRRBXB.js";
import "./chunk-7GUPRI7K.js";
import "./chunk-C4SBK3D4.js";
import "./chunk-DBBTYMKI.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-H3KNM2UV.js";
import "./chunk-H3BTIRPU.js";
import "./chunk-SD6QJGZW.js";
import "./chunk-JT2AJOY3.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-ADBMM3ER.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-2UZL3OXL.js";
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
