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
} from "./chunk-TVFXU4H7.js";
import "./chunk-LOLJH7YI.js";
import "./chunk-RDMTWZKL.js";
import "./chunk-6F57BE7Q.js";
import "./chunk-SLHZPJDL.js";
import "./chunk-ARQDSDZT.js";
import "./chunk-4TFHPNUP.js";
import "./chunk-AMGM4XTZ.js";
import "./chunk-3SAL22PE.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-XTXJQSE3.js";
import "./chunk-HRBYJDI6.js";
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
