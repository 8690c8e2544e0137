#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  uvInstallDir
} from "./chunk-R5MRQTVY.js";
import "./chunk-C4SBK3D4.js";
import "./chunk-DBBTYMKI.js";
import "./chunk-D7HBDRUY.js";
import {
  renderDiagnoseReport,
  runDiagnose
} from "./chunk-IWN6UGG7.js";
import "./chunk-H3KNM2UV.js";
import {
  hostPlatform
} from "./chunk-H3BTIRPU.js";
import "./chunk-SD6QJGZW.js";
import {
  pinnedUvVersion
} from "./chunk-2VKMGMBF.js";
import {
  uvAsset
} from "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/diagnose.ts
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function configuredHosts(o) {
  const hosts = [];
  const add = (name, url) => {
    if (url && /^https?:\/\//i.test(url)) hosts.push({ name, url });
  };
  add("mirror", o.mirror ?? "https://github.com");
  add("api", o.githubApiUrl);
  add("uv-download", o.uvDownloadUrl ?? "https://github.com");
  add("index", o.indexUrl ?? "https://pypi.org/simple/");
  for (const u of o.extraIndexUrls) add("extra-index", u);
  return hosts;
}
function privateUvPath(o) {
  if (o.uvPath) return o.uvPath;
  const version = pinnedUvVersion(o.uvVersion);
  if (!version) return void 0;
  const asset = uvAsset(hostPlatform());
  const exe = path.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
  return existsSync(exe) ? exe : void 0;
}
async function diagnoseCommand(ctx, _args, opts) {
  const o = ctx.options;
  const report = await runDiagnose({
    root: o.root,
    dirs: [o.toolsDir, os.tmpdir()],
    hosts: opts.network === false ? [] : configuredHosts(o),
    offline: o.offline,
    timeoutMs: Math.min(o.timeoutMs, 1e4),
    uvPath: privateUvPath(o),
    expectedUvVersion: pinnedUvVersion(o.uvVersion)
  });
  return { data: report, human: renderDiagnoseReport(report), exitCode: report.ok ? 0 : 1 };
}
export {
  configuredHosts,
  diagnoseCommand,
  privateUvPath
};
