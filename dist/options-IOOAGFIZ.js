#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  CHECK_LATEST,
  CONSTRAINTS,
  FREETHREADED,
  PLATFORM,
  REQUIREMENTS,
  SEED,
  TARGET,
  TIMEOUT_SECONDS,
  describedAs,
  globalOptions
} from "./chunk-6NJPSDIX.js";
import "./chunk-GJVIXB5Y.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";
export {
  CHECK_LATEST,
  CONSTRAINTS,
  FREETHREADED,
  PLATFORM,
  REQUIREMENTS,
  SEED,
  TARGET,
  TIMEOUT_SECONDS,
  describedAs,
  globalOptions
};
