#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/config/options.ts
import os from "node:os";
import path from "node:path";
var DEFAULT_PYTHON = "3.12";
var DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
function defaultRoot(env = process.env) {
  const home = env.HOME || env.USERPROFILE || os.homedir();
  if (process.platform === "win32") {
    return path.join(env.LOCALAPPDATA || path.join(home, "AppData", "Local"), "python-embedded");
  }
  if (process.platform === "darwin")
    return path.join(home, "Library", "Application Support", "python-embedded");
  return path.join(env.XDG_DATA_HOME || path.join(home, ".local", "share"), "python-embedded");
}

export {
  DEFAULT_PYTHON,
  DEFAULT_PBS_REPO,
  DEFAULT_GITHUB_API_URL,
  defaultRoot
};
