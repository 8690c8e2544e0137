#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readPyvenvCfg,
  setPyvenvCfgValue,
  venvBinDir
} from "./chunk-SD6QJGZW.js";
import {
  exists,
  isDir
} from "./chunk-2UZL3OXL.js";
import {
  isWindowsHost
} from "./chunk-WFUFTANM.js";
import {
  ConfigurationError
} from "./chunk-EI5M5ORX.js";

// src/core/venvs/relocate.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var MAX_TEXT = 2 * 1024 * 1024;
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [], stale: [] };
  const from = path.resolve(o.from);
  const to = path.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? path.dirname(path.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(path.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(path.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(path.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await binaryNames(p, from)) {
      report.stale.push(path.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(path.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(path.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs.readdir(venvDir).catch(() => [])) {
    const p = path.join(venvDir, name);
    const st = await fs.lstat(p).catch(() => void 0);
    if (st?.isSymbolicLink() && await relink(p, from, to)) report.relinked.push(name);
  }
  return report;
}
function refuseStaleLaunchers(report, source) {
  if (report.stale.length === 0) return;
  throw new ConfigurationError(
    `Cannot move the venv from ${source}: ${report.stale.join(", ")} hold its absolute path in binary form.`,
    {
      requested: source,
      hint: "Recreate the source venv as relocatable (relocatable: true, the default on Windows), then copy it."
    }
  );
}
async function restoreInterpreterLinks(venvDir, basePython, cfg) {
  if (isWindowsHost()) return [];
  const bin = venvBinDir(venvDir);
  if (!await isDir(bin)) return [];
  const created = [];
  const mm = /^(\d+)\.(\d+)/.exec(cfg.version_info ?? cfg.version ?? "");
  const links = [["python", path.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = path.join(bin, name);
    if (await fs.lstat(p).catch(() => void 0)) continue;
    await fs.symlink(target, p);
    created.push(path.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text = await fs.readFile(path.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text) : void 0;
  const value = m?.[2];
  if (value === void 0 || /[$`'"]/.test(value)) return void 0;
  return path.posix.isAbsolute(value) || path.win32.isAbsolute(value) ? value : void 0;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = path.join(venvDir, "Lib", "site-packages");
  if (await isDir(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = path.join(venvDir, lib);
    if ((await fs.lstat(base).catch(() => void 0))?.isSymbolicLink()) continue;
    for (const d of await fs.readdir(base).catch(() => [])) {
      const sp = path.join(base, d, "site-packages");
      if (d.startsWith("python") && await isDir(sp)) out.push(sp);
    }
  }
  return out;
}
async function rewriteFile(file, pairs) {
  const st = await fs.stat(file).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text = buf.toString("utf8");
  let next = text;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text) return false;
  await fs.writeFile(file, next, { mode: st.mode });
  await fs.chmod(file, st.mode);
  return true;
}
async function binaryNames(file, p) {
  const st = await fs.stat(file).catch(() => void 0);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs.readFile(file);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, "utf8")) || buf.includes(Buffer.from(p, "utf16le"));
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs.readlink(link).catch(() => void 0);
  if (target === void 0 || !path.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + path.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && path.dirname(target) === oldHome) next = path.resolve(basePython);
  else if (basePython && !await exists(target)) next = path.resolve(basePython);
  if (!next || next === target) return false;
  await fs.rm(link, { force: true });
  await fs.symlink(next, link);
  return true;
}

// src/core/instances/naming.ts
function versionLabel(b) {
  if (b.implementation === "pypy") return `pypy${b.version}`;
  if (b.implementation === "graalpy") return `graalpy${b.build}`;
  return b.version;
}
var INSTANCE_NAME_SAFE = /^(cpython|pypy|graalpy)-[A-Za-z0-9._+-]+$/;

export {
  versionLabel,
  INSTANCE_NAME_SAFE,
  relocateVenv,
  refuseStaleLaunchers,
  recordedVenvPath,
  sitePackagesDirs
};
