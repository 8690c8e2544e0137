#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  InvalidValue,
  KEYS,
  KEY_BY_NAME,
  flagAttribute
} from "./chunk-GJVIXB5Y.js";
import {
  ConfigurationError
} from "./chunk-EI5M5ORX.js";

// src/core/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = ["pyembed.json", ".pyembedrc.json"];
function describeSource(s) {
  switch (s.kind) {
    case "flag":
      return s.label ?? `flag ${s.name}`;
    case "env":
      return `env ${s.name}`;
    case "file":
      return `config file ${s.name}`;
    default:
      return "default";
  }
}
function findConfigFile(cwd, env, explicit) {
  const named = explicit ?? (env.PYEMBED_CONFIG || void 0);
  if (named) {
    const file = path.resolve(cwd, named);
    if (!existsSync(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => path.join(cwd, n)).find((f) => existsSync(f));
}
function readConfigFile(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`Config file ${file} is not valid JSON: ${e.message}`, {
      source: `config file ${file}`,
      requested: file,
      hint: "Fix the JSON syntax or remove the file."
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigurationError(`Config file ${file} must hold a JSON object.`, {
      source: `config file ${file}`,
      requested: file
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(data)) {
    if (name === "$schema") continue;
    const spec = KEY_BY_NAME.get(name) ?? KEY_BY_NAME.get(flagAttribute(`--${name}`));
    if (!spec) {
      throw new ConfigurationError(`Unknown key "${name}" in config file ${file}.`, {
        key: name,
        source: `config file ${file}`,
        available: KEYS.map((k) => k.key)
      });
    }
    if (value !== null && value !== void 0) out.set(spec, value);
  }
  return out;
}
function loadConfig(input = {}) {
  const env = input.env ?? process.env;
  const cwd = path.resolve(input.cwd ?? process.cwd());
  const file = findConfigFile(cwd, env, input.configFile);
  const fileValues = file ? readConfigFile(file) : /* @__PURE__ */ new Map();
  const options = {};
  const sources = {};
  for (const spec of KEYS) {
    let raw;
    let source = { kind: "default" };
    let baseDir = cwd;
    const flagValue = input.flags?.[spec.key];
    const envName = spec.env.find((n) => env[n] !== void 0 && env[n] !== "");
    if (flagValue !== void 0 && !(Array.isArray(flagValue) && flagValue.length === 0)) {
      raw = flagValue;
      source = {
        kind: "flag",
        name: spec.flag,
        ...input.describeFlag ? { label: input.describeFlag(spec.key, spec.flag) } : {}
      };
    } else if (envName) {
      raw = env[envName];
      source = { kind: "env", name: envName };
    } else if (fileValues.has(spec)) {
      raw = fileValues.get(spec);
      source = { kind: "file", name: file };
      baseDir = path.dirname(file);
    }
    let value;
    if (source.kind === "default") {
      value = spec.fallback?.(options, env);
    } else {
      try {
        value = spec.parse(raw, { baseDir });
      } catch (e) {
        if (!(e instanceof InvalidValue)) throw e;
        const where = describeSource(source);
        throw new ConfigurationError(`Invalid value for "${spec.key}" from ${where}: ${e.message}.`, {
          key: spec.key,
          source: where,
          requested: spec.secret ? "***" : String(raw),
          hint: `Fix ${where} (${spec.describe}).`
        });
      }
    }
    if (value !== void 0) options[spec.key] = value;
    sources[spec.key] = source;
  }
  return { options, sources, file };
}
function maskSecret(value) {
  return value === void 0 ? void 0 : "***";
}
function describeConfig(loaded) {
  const out = {};
  for (const spec of KEYS) {
    const v = loaded.options[spec.key];
    out[spec.key] = {
      value: spec.secret ? maskSecret(v) : v,
      source: describeSource(loaded.sources[spec.key]),
      env: spec.env,
      flag: spec.flag
    };
  }
  return { file: loaded.file, options: out };
}

export {
  CONFIG_FILE_NAMES,
  describeSource,
  findConfigFile,
  loadConfig,
  describeConfig
};
