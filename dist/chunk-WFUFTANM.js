#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/host.ts
import path from "node:path";
var native = { os: process.platform, path };
var current = native;
function isWindowsHost() {
  return current.os === "win32";
}

export {
  isWindowsHost
};
