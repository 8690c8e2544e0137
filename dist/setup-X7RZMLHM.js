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
} from "./chunk-4BXJ37PF.js";
import "./chunk-HSJDJGKT.js";
import "./chunk-3PGBY3S7.js";
import "./chunk-5JSBRJPF.js";
import "./chunk-W25ICDBB.js";
import "./chunk-JTSDFNJN.js";
import "./chunk-X356S4BX.js";
import "./chunk-2B2AYITB.js";
import "./chunk-VXOHKOCB.js";
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
