#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  chooseSpec,
  ensurePrivateUv,
  hasPackages,
  installPackages,
  isVenvPath,
  listInstalled,
  managerInstaller,
  managerOptions,
  planSetup,
  runPlan,
  runSetup
} from "./chunk-NGB2DGV3.js";
import "./chunk-AP73TMAI.js";
import "./chunk-M5YLWPX4.js";
import "./chunk-AJ35RGA6.js";
import "./chunk-LZGD2CWX.js";
import "./chunk-PYIR7ULZ.js";
import "./chunk-7K34IQ6O.js";
import "./chunk-GHV3ER43.js";
import "./chunk-EGFUPS3J.js";
import "./chunk-DEKPWX3M.js";
import "./chunk-6IQ4ADHX.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";
export {
  chooseSpec,
  ensurePrivateUv,
  hasPackages,
  installPackages,
  isVenvPath,
  listInstalled,
  managerInstaller,
  managerOptions,
  planSetup,
  runPlan,
  runSetup
};
