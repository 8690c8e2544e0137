#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/text.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

export {
  compareText
};
