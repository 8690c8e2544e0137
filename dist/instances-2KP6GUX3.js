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
} from "./chunk-YPQN5JAH.js";
import "./chunk-TF5CWLLY.js";
import "./chunk-OTJ2YSRS.js";
import "./chunk-LZTXV4NU.js";
import "./chunk-AZ24W6XJ.js";
import "./chunk-GA5NCOBV.js";
import "./chunk-J5OISG7Z.js";
import "./chunk-R5W63ZYQ.js";
import "./chunk-7K34IQ6O.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-26WIPVY3.js";
import "./chunk-DEKPWX3M.js";
import "./chunk-62MKBDW6.js";
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
