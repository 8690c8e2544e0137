import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  extractArchive,
  extractInto,
  extractTarStream,
  formatFromName,
  sniffFormat
} from "./chunk-PIAT3Z23.js";
import "./chunk-VEZD3A3U.js";
import "./chunk-Q6UA7ENB.js";
import "./chunk-2CTFYGFC.js";
import "./chunk-SZH64BZ5.js";
import "./chunk-EESH4LWC.js";
import "./chunk-OVRNMJZG.js";
export {
  extractArchive,
  extractInto,
  extractTarStream,
  formatFromName,
  sniffFormat
};
