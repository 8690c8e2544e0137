import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  isFileSync
} from "./chunk-VEZD3A3U.js";
import {
  isWindowsHost
} from "./chunk-Q6UA7ENB.js";

// src/core/install/python-layout.ts
import fs from "node:fs";
import path from "node:path";

// src/core/text.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/core/install/python-layout.ts
function findInterpreter(root) {
  const named = ["pypy3.exe", "bin/pypy3", "bin/graalpy", "bin/graalpy.exe"];
  for (const exe of [...named, "python.exe", "bin/python3", "bin/python"]) {
    if (isFileSync(path.join(root, exe))) return exe;
  }
  return plainestVersioned(root, "", /^python3(\.\d+)?[td]*\.exe$/i) ?? plainestVersioned(root, "bin", /^python3\.\d+[td]*$/);
}
function plainestVersioned(root, dir, pattern) {
  let names;
  try {
    names = fs.readdirSync(path.join(root, dir));
  } catch {
    return void 0;
  }
  const versioned = names.filter((n) => pattern.test(n)).sort((a, b) => a.length - b.length || compareText(a, b));
  const hit = versioned.find((n) => isFileSync(path.join(root, dir, n)));
  return hit === void 0 ? void 0 : dir ? `${dir}/${hit}` : hit;
}
function locatePython(extracted) {
  for (const rel of ["python/install", "python", ".", "install", soleDirectory(extracted)]) {
    if (rel === void 0) continue;
    const root = path.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: path.normalize(root), exe };
  }
  return void 0;
}
function interpreterPathEntries(pythonPath) {
  const dir = path.dirname(pythonPath);
  if (!isWindowsHost()) return [dir];
  return [dir, path.join(dir, "Scripts")];
}
function soleDirectory(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return void 0;
  }
  return entries.length === 1 && entries[0].isDirectory() ? entries[0].name : void 0;
}

export {
  compareText,
  findInterpreter,
  locatePython,
  interpreterPathEntries
};
