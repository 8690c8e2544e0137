#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  formatMs,
  table
} from "./chunk-F7QIJIS5.js";
import {
  platformOpt
} from "./chunk-YUUQBBSK.js";
import "./chunk-L3K4VSN7.js";
import "./chunk-7GUPRI7K.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-H3BTIRPU.js";
import {
  describeSource
} from "./chunk-J2SKANUU.js";
import "./chunk-GJVIXB5Y.js";
import "./chunk-ADBMM3ER.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-D2NKIRAZ.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/setup.ts
var list = (v) => Array.isArray(v) && v.length ? v : void 0;
function setupOptions(ctx, args, opts) {
  const o = ctx.options;
  const src = ctx.config.sources.python;
  return {
    ...o,
    python: args.length ? args : src.kind !== "default" ? o.python : void 0,
    pythonSource: args[0] ? "argument" : describeSource(src),
    pythonVersionFile: opts.pythonVersionFile,
    defaultPython: o.python,
    cwd: ctx.cwd,
    platform: platformOpt(opts),
    freethreaded: Boolean(opts.freethreaded),
    checkLatest: Boolean(opts.checkLatest),
    uvCacheDir: ctx.env.UV_CACHE_DIR || void 0,
    venv: opts.venv === false ? false : opts.venv,
    seed: Boolean(opts.seed),
    requirements: list(opts.requirements),
    constraints: list(opts.constraints),
    pyproject: opts.pyproject,
    editable: typeof opts.editable === "boolean" ? opts.editable : void 0,
    extras: typeof opts.extras === "string" ? opts.extras.split(/[\s,]+/).filter(Boolean) : void 0,
    // uv projects
    lock: opts.lock,
    groups: list(opts.group),
    allGroups: Boolean(opts.allGroups),
    noDefaultGroups: Boolean(opts.defaultGroups === false),
    allExtras: Boolean(opts.allExtras),
    workspacePackage: opts.workspacePackage,
    packages: list(opts.package),
    export: opts.export,
    signal: ctx.signal
  };
}
async function setupCommand(ctx, args, opts) {
  const { runSetup } = await import("./setup-374ZNUN6.js");
  const result = await runSetup(setupOptions(ctx, args, opts), {
    logger: ctx.logger,
    onPhase: (name, ms) => {
      if (name === "install") ctx.progress.finish();
      ctx.logger.debug(`phase ${name}: ${formatMs(ms)}`);
    },
    onProgress: (e) => ctx.progress.update(e)
  });
  const s = ctx.style;
  const rows = result.pythons.flatMap((p, i) => [
    [
      i === result.pythons.length - 1 ? "python" : "also",
      `${p.version} (${p.key}, build ${p.build})${p.cacheHit ? s.dim(" cached") : ""}`
    ],
    ["interpreter", p.pythonPath]
  ]);
  rows.push(["uv", `${result.uv.version} ${s.dim(`(${result.uv.source})`)} ${result.uv.path}`]);
  if (result.venv) rows.push(["venv", result.venv.path], ["venv python", result.venv.pythonPath]);
  if (result.packages) rows.push(["packages", `${result.packages.installed} installed`]);
  const lock = result.packages?.lock;
  if (lock) {
    const named = (xs) => xs.length ? xs.join(", ") : "none";
    rows.push(
      [`lock (${lock.mode})`, lock.file],
      ["groups", named(lock.groups)],
      ["extras", named(lock.extras)]
    );
  }
  if (result.exportPath) rows.push(["export", result.exportPath]);
  rows.push([
    "timings",
    result.phases.map((p) => `${p.name} ${formatMs(p.ms)}`).join(", ") + ` \u2014 total ${formatMs(result.totalMs)}`
  ]);
  return { data: result, human: table(rows) };
}
export {
  setupCommand,
  setupOptions
};
