#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  KEYS
} from "./chunk-GJVIXB5Y.js";

// src/cli/options.ts
var PLATFORM = {
  flags: "--platform <os-arch-libc>",
  description: "target platform (default: this host)"
};
var FREETHREADED = { flags: "--freethreaded", description: "the free-threaded build" };
var CHECK_LATEST = {
  flags: "--check-latest",
  description: "ask the release source for a newer build"
};
var SEED = { flags: "--seed", description: "seed pip/setuptools" };
var REQUIREMENTS = {
  flags: "-r, --requirements <file>",
  description: "requirements file (repeatable)",
  repeatable: true
};
var CONSTRAINTS = {
  flags: "-c, --constraints <file>",
  description: "constraints file (repeatable)",
  repeatable: true
};
var TIMEOUT_SECONDS = {
  flags: "--timeout-seconds <n>",
  description: "kill the process tree after this long"
};
var TARGET = [
  {
    flags: "--venv <name|path>",
    description: 'venv: a name under the instance or a path (default: the "default" venv setup makes, else the instance)'
  },
  { flags: "--base", description: "the instance's own interpreter, even when a default venv exists" }
];
var describedAs = (o, description) => ({ ...o, description });
var BOOLEAN_KEYS = /* @__PURE__ */ new Set(["offline", "allowMissingChecksum"]);
var LIST_KEYS = /* @__PURE__ */ new Set(["extraIndexUrls", "trustedHosts"]);
function globalOptions() {
  const fromKeys = KEYS.map((spec) => {
    const isList = LIST_KEYS.has(spec.key);
    return {
      flags: BOOLEAN_KEYS.has(spec.key) ? spec.flag : `${spec.flag} <${spec.arg ?? "value"}>`,
      description: `${spec.describe}${isList ? " (repeatable)" : ""} (env ${spec.env.join(", ")})`,
      repeatable: isList
    };
  });
  return [
    { flags: "--json", description: "print one JSON document on stdout (logs stay on stderr)" },
    { flags: "-v, --verbose", description: "debug logging on stderr" },
    { flags: "-q, --quiet", description: "only warnings and errors on stderr" },
    { flags: "--no-progress", description: "no progress bars or progress lines" },
    {
      flags: "--config <file>",
      description: "config file (default: pyembed.json or .pyembedrc.json in cwd; env PYEMBED_CONFIG)"
    },
    ...fromKeys
  ];
}

export {
  PLATFORM,
  FREETHREADED,
  CHECK_LATEST,
  SEED,
  REQUIREMENTS,
  CONSTRAINTS,
  TIMEOUT_SECONDS,
  TARGET,
  describedAs,
  globalOptions
};
