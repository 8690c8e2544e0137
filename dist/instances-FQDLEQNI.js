#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  formatBytes,
  table
} from "./chunk-F7QIJIS5.js";
import {
  managerFor,
  selectInstance,
  selectedSpec
} from "./chunk-U6767SVF.js";
import {
  catalogFor,
  platformOpt
} from "./chunk-YUUQBBSK.js";
import "./chunk-TZ5XPPSR.js";
import "./chunk-ILKLI3QH.js";
import "./chunk-L3K4VSN7.js";
import "./chunk-R5MRQTVY.js";
import "./chunk-QTIRRBXB.js";
import "./chunk-7GUPRI7K.js";
import "./chunk-C4SBK3D4.js";
import "./chunk-DBBTYMKI.js";
import "./chunk-D7HBDRUY.js";
import "./chunk-H3KNM2UV.js";
import {
  platformKey
} from "./chunk-H3BTIRPU.js";
import "./chunk-SD6QJGZW.js";
import "./chunk-7YUMN574.js";
import "./chunk-GJVIXB5Y.js";
import "./chunk-JT2AJOY3.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-ADBMM3ER.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
import {
  InstanceNotFoundError,
  PythonNotInstalledError
} from "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/instances.ts
function instanceJson(i) {
  return { ...i, platform: platformKey(i.platform) };
}
async function requireInstance(ctx, keyOrSpec) {
  const manager = managerFor(ctx);
  const inst = await manager.getInstance(keyOrSpec, { build: ctx.options.build });
  if (!inst) {
    throw new InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${manager.root}.`, {
      requested: keyOrSpec,
      available: (await manager.listInstances()).map((i) => i.key),
      hint: `Install it first: pyembed install ${keyOrSpec}`
    });
  }
  return inst;
}
async function installCommand(ctx, args, opts) {
  const requests = args.length ? args.map((spec) => ({ spec, source: "argument" })) : [await selectedSpec(ctx)];
  const catalog = catalogFor(ctx.options, ctx.logger);
  const builds = [];
  for (const { spec, source } of requests) {
    const build = await catalog.resolve(spec, {
      platform: platformOpt(opts),
      build: ctx.options.build,
      flavor: ctx.options.flavor,
      freethreaded: Boolean(opts.freethreaded)
    });
    ctx.logger.info(`Resolved ${spec} (from ${source}) -> ${build.key}, build ${build.build}`);
    builds.push(build);
  }
  const manager = managerFor(ctx);
  const done = [];
  for (const [n, build] of builds.entries()) {
    const r = await manager.installBuild(build, {
      signal: ctx.signal,
      onProgress: (e) => ctx.progress.update(e)
    });
    ctx.progress.finish();
    const i = r.instance;
    done.push({
      data: { ...instanceJson(i), cacheHit: !r.downloaded, requested: requests[n] },
      human: `${r.downloaded ? "Installed" : "Already installed"}: Python ${i.version} (${i.key})
  ${i.pythonPath}`
    });
  }
  if (done.length === 1) return done[0];
  return { data: { instances: done.map((d) => d.data) }, human: done.map((d) => d.human).join("\n") };
}
async function listCommand(ctx) {
  const instances = await managerFor(ctx).listInstances();
  return {
    data: { root: ctx.options.root, instances: instances.map(instanceJson) },
    human: instances.length ? table(
      instances.map((i) => [
        i.version,
        i.build,
        platformKey(i.platform) + (i.variant ? `+${i.variant}` : ""),
        i.key
      ]),
      ["version", "build", "platform", "key"]
    ) : `No instances under ${ctx.options.root}.`
  };
}
async function infoCommand(ctx, args) {
  const inst = args[0] ? await requireInstance(ctx, args[0]) : await selectInstance(ctx);
  const info = await managerFor(ctx).getInstanceInfo(inst.key);
  return {
    data: instanceJson(info),
    human: table([
      ["key", info.key],
      ["version", info.version],
      ["build", info.build],
      ["platform", platformKey(info.platform)],
      ["variant", info.variant ?? "default"],
      ["python", info.pythonPath],
      ["venvs", info.venvsDir],
      ["size", formatBytes(info.sizeBytes)],
      ["created", info.createdAt],
      ["source", info.source?.url],
      ["sha256", info.source?.sha256]
    ])
  };
}
async function removeCommand(ctx, args) {
  const inst = await requireInstance(ctx, args[0]);
  await managerFor(ctx).deleteInstance(inst.key);
  return { data: { removed: inst.key, dir: inst.dir }, human: `Removed ${inst.key} (${inst.dir})` };
}
async function verifyCommand(ctx, args) {
  const manager = managerFor(ctx);
  const keys = args[0] ? [(await requireInstance(ctx, args[0])).key] : (await manager.listInstances()).map((i) => i.key);
  const reports = await Promise.all(keys.map((k) => manager.validateIntegrity(k)));
  const ok = reports.every((r) => r.ok);
  const data = { ok, instances: reports };
  if (!ok) {
    const bad = reports.filter((r) => !r.ok);
    throw new PythonNotInstalledError(
      `${bad.length} instance(s) are broken: ${bad.map((r) => `${r.key}: ${r.problems.join("; ")}`).join(" | ")}`,
      {
        requested: bad.map((r) => r.key).join(" "),
        instances: reports,
        hint: "Remove and install them again (pyembed remove <key>; pyembed install <spec>)."
      }
    );
  }
  return {
    data,
    human: reports.length ? reports.map((r) => `ok  ${r.key} (Python ${r.version})`) : `No instances under ${ctx.options.root}.`
  };
}
async function duCommand(ctx) {
  const manager = managerFor(ctx);
  const instances = await manager.listInstances();
  const sizes = await Promise.all(
    instances.map(async (i) => ({ key: i.key, bytes: await manager.getInstanceSize(i.key) }))
  );
  const total = sizes.reduce((a, s) => a + s.bytes, 0);
  return {
    data: { root: ctx.options.root, instances: sizes, totalBytes: total },
    human: [
      ...table(sizes.map((s) => [formatBytes(s.bytes), s.key])),
      `${formatBytes(total)} total in ${ctx.options.root}`
    ]
  };
}
async function exportCommand(ctx, args) {
  const inst = await requireInstance(ctx, args[0]);
  const archive = await managerFor(ctx).exportInstance(inst.key, args[1]);
  return { data: { key: inst.key, archive }, human: `Exported ${inst.key} to ${archive}` };
}
async function importCommand(ctx, args) {
  const inst = await managerFor(ctx).importInstance(args[0], { signal: ctx.signal });
  return {
    data: instanceJson(inst),
    human: `Imported ${inst.key} (Python ${inst.version}) into ${inst.dir}`
  };
}
export {
  duCommand,
  exportCommand,
  importCommand,
  infoCommand,
  installCommand,
  listCommand,
  removeCommand,
  verifyCommand
};
