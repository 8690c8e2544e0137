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
} from "./chunk-D6KNH3G2.js";
import "./chunk-MBKJH2TE.js";
import "./chunk-OMNSH4QX.js";
import "./chunk-ZVS5Z2AQ.js";
import "./chunk-ZGVQMY2T.js";
import "./chunk-Y656FN5R.js";
import "./chunk-AZ24W6XJ.js";
import "./chunk-GA5NCOBV.js";
import "./chunk-2Q42PI6K.js";
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
