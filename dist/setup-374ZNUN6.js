#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import "./chunk-5LC737FD.js";
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
} from "./chunk-ILKLI3QH.js";
import "./chunk-L3K4VSN7.js";
import "./chunk-R5MRQTVY.js";
import "./chunk-QTIRRBXB.js";
import "./chunk-7GUPRI7K.js";
import "./chunk-C4SBK3D4.js";
import "./chunk-DBBTYMKI.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-H3KNM2UV.js";
import "./chunk-H3BTIRPU.js";
import "./chunk-SD6QJGZW.js";
import "./chunk-7YUMN574.js";
import "./chunk-GJVIXB5Y.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-ADBMM3ER.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
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
