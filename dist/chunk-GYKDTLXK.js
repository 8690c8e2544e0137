#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/cli/spec.ts
var isGroup = (e) => "commands" in e;

export {
  isGroup
};
