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
} from "./chunk-RYRZSJCH.js";
import "./chunk-WLEM2HCN.js";
import "./chunk-B3VG7DTS.js";
import "./chunk-PM67EDXT.js";
import "./chunk-75PGIB4W.js";
import "./chunk-25LST5NS.js";
import "./chunk-57ALPBVA.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-OIOGGEUN.js";
import "./chunk-H3BTIRPU.js";
import "./chunk-62MKBDW6.js";
import "./chunk-PKEJRMNC.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
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
