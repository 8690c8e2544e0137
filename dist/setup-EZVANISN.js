#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  setupOptionsFromConfig
} from "./chunk-AVI5X6WN.js";
import {
  chooseSpec,
  ensurePrivateUv,
  ensureVenv,
  hasPackages,
  installPackages,
  isVenvPath,
  listInstalled,
  managerInstaller,
  runSetup
} from "./chunk-V25SVWM3.js";
import "./chunk-HSJDJGKT.js";
import "./chunk-QIOXQ5YR.js";
import "./chunk-X356S4BX.js";
import "./chunk-QM6TDGAT.js";
import "./chunk-W25ICDBB.js";
import "./chunk-JTSDFNJN.js";
import "./chunk-2B2AYITB.js";
import "./chunk-APXFQ2F5.js";
export {
  chooseSpec,
  ensurePrivateUv,
  ensureVenv,
  hasPackages,
  installPackages,
  isVenvPath,
  listInstalled,
  managerInstaller,
  runSetup,
  setupOptionsFromConfig
};
