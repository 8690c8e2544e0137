#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  chooseSpec,
  chooseSpecs,
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
} from "./chunk-TPSD74GY.js";
import "./chunk-TF5CWLLY.js";
import "./chunk-DGXZDHSI.js";
import "./chunk-OTJ2YSRS.js";
import "./chunk-JIMWUVT4.js";
import "./chunk-LZTXV4NU.js";
import "./chunk-AZ24W6XJ.js";
import "./chunk-GA5NCOBV.js";
import "./chunk-R5W63ZYQ.js";
import "./chunk-7K34IQ6O.js";
import "./chunk-IYT6HZ6M.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-26WIPVY3.js";
import "./chunk-DEKPWX3M.js";
import "./chunk-62MKBDW6.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";
export {
  chooseSpec,
  chooseSpecs,
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
