#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  INTERNAL_EXIT_CODE,
  INTERRUPTED_EXIT_CODE,
  USAGE_EXIT_CODE,
  cliLogger,
  formatBytes,
  formatMs,
  reportError,
  styles,
  table,
  useColor,
  writeResult
} from "./chunk-F7QIJIS5.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";
export {
  INTERNAL_EXIT_CODE,
  INTERRUPTED_EXIT_CODE,
  USAGE_EXIT_CODE,
  cliLogger,
  formatBytes,
  formatMs,
  reportError,
  styles,
  table,
  useColor,
  writeResult
};
