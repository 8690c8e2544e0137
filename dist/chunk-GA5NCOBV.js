#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/log.ts
var silentLogger = { debug() {
}, info() {
}, warn() {
}, error() {
} };

export {
  silentLogger
};
