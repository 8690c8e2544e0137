import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  METADATA_FILE,
  PythonManager,
  dirSize,
  instanceName,
  localArchiveBuild,
  packDirectory,
  parseInstanceName
} from "./chunk-M43EWXKZ.js";
import "./chunk-TYOAQ2VW.js";
import "./chunk-C6T3T2AP.js";
import "./chunk-UPWPGVMT.js";
import "./chunk-GHB6HO2A.js";
import "./chunk-MPT6G2NF.js";
import "./chunk-UQ2D4T7P.js";
import "./chunk-AQOLRART.js";
import "./chunk-N3V4H5X4.js";
import "./chunk-VEZD3A3U.js";
import "./chunk-Q6UA7ENB.js";
import "./chunk-2CTFYGFC.js";
import "./chunk-SZH64BZ5.js";
import "./chunk-OVRNMJZG.js";
export {
  METADATA_FILE,
  PythonManager,
  dirSize,
  instanceName,
  localArchiveBuild,
  packDirectory,
  parseInstanceName
};
