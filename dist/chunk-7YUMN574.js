#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  parse
} from "./chunk-ADBMM3ER.js";
import {
  parseUvVersionRequest
} from "./chunk-2VKMGMBF.js";
import {
  ConfigurationError
} from "./chunk-EI5M5ORX.js";

// src/core/uv/required-version.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function requiredVersionField(doc, isPyproject) {
  return isPyproject ? doc.tool?.uv?.["required-version"] : doc["required-version"];
}
function projectRequiredUvVersion(dirs) {
  for (const dir of dirs) {
    for (const name of ["uv.toml", "pyproject.toml"]) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      const value = requiredVersionOf(file, name === "pyproject.toml");
      if (value !== void 0) return { request: parseUvVersionRequest(value, file), file };
    }
  }
  return void 0;
}
function requiredVersionOf(file, isPyproject) {
  let doc;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
  const value = requiredVersionField(doc, isPyproject);
  if (value === void 0) return void 0;
  if (typeof value !== "string" || !value.trim()) {
    throw new ConfigurationError(`${file}: uv's required-version must be a non-empty string.`, {
      key: "uvVersion",
      source: file,
      requested: String(value),
      hint: 'Write it as uv expects, e.g. required-version = ">=0.13".'
    });
  }
  return value.trim();
}

export {
  requiredVersionField,
  projectRequiredUvVersion
};
