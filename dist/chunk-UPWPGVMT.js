import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  ConfigurationError,
  isWindowsHost
} from "./chunk-Q6UA7ENB.js";

// src/core/venvs/layout.ts
import { promises as fs } from "node:fs";
import path from "node:path";
function venvBinDir(venvDir) {
  return path.join(venvDir, isWindowsHost() ? "Scripts" : "bin");
}
function venvPython(venvDir) {
  return path.join(venvBinDir(venvDir), isWindowsHost() ? "python.exe" : "python");
}
var WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
var META_DIR = ".pyembed";
function validateVenvName(name) {
  const bad = (why) => {
    throw new ConfigurationError(`Invalid virtual environment name ${JSON.stringify(name)}: ${why}.`, {
      requested: String(name),
      hint: 'Use letters, digits, ".", "_" and "-", e.g. "default" or "py311-tests".'
    });
  };
  if (typeof name !== "string" || name.length === 0) bad("it is empty");
  if (name !== name.trim()) bad("it has leading or trailing spaces");
  if (name === "." || name === ".." || name.includes("..")) bad('it contains ".."');
  if (/[/\\]/.test(name)) bad("it contains a path separator");
  if (/[\x00-\x1f\x7f<>:"|?*]/.test(name)) bad("it contains characters not allowed in file names");
  if (WINDOWS_DEVICE.test(name))
    bad("it is a Windows device name (CON, NUL, COM1...), with or without extension");
  if (/[. ]$/.test(name)) bad('it ends in "." or " ", which Windows strips');
  if (name === META_DIR || name.startsWith(".tmp-")) bad("it is reserved");
  if (name.length > 100) bad("it is longer than 100 characters");
  return name;
}
async function readPyvenvCfg(venvDir) {
  let text;
  try {
    text = await fs.readFile(path.join(venvDir, "pyvenv.cfg"), "utf8");
  } catch {
    return void 0;
  }
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2];
  }
  return out;
}
async function setPyvenvCfgValue(venvDir, key, value) {
  const file = path.join(venvDir, "pyvenv.cfg");
  const text = await fs.readFile(file, "utf8");
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=).*$`, "mi");
  const next = re.test(text) ? text.replace(re, `$1 ${value}`) : `${text.replace(/\n?$/, "\n")}${key} = ${value}
`;
  await fs.writeFile(file, next);
}
async function treeSize(dir) {
  let total = 0;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

export {
  venvBinDir,
  venvPython,
  META_DIR,
  validateVenvName,
  readPyvenvCfg,
  setPyvenvCfgValue,
  treeSize
};
