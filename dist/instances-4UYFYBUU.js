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
} from "./chunk-ZZHRGFA6.js";
import "./chunk-HSJDJGKT.js";
import "./chunk-3PGBY3S7.js";
import "./chunk-5JSBRJPF.js";
import "./chunk-W25ICDBB.js";
import "./chunk-JTSDFNJN.js";
import "./chunk-X356S4BX.js";
import "./chunk-2B2AYITB.js";
import "./chunk-VXOHKOCB.js";
export {
  METADATA_FILE,
  PythonManager,
  dirSize,
  instanceName,
  localArchiveBuild,
  packDirectory,
  parseInstanceName
};
