#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/log.ts
var silentLogger = { debug() {
}, info() {
}, warn() {
}, error() {
} };
function stderrLogger(verbose = false) {
  const line = (prefix, m) => process.stderr.write(`${prefix}${m}
`);
  return {
    debug: (m) => verbose && line("debug: ", m),
    info: (m) => line("", m),
    warn: (m) => line("warning: ", m),
    error: (m) => line("error: ", m)
  };
}

export {
  silentLogger,
  stderrLogger
};
