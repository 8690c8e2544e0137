#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  formatBytes,
  table
} from "./chunk-F7QIJIS5.js";
import {
  selectInstance,
  venvManagerFor
} from "./chunk-U6767SVF.js";
import "./chunk-YUUQBBSK.js";
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
import "./chunk-H3BTIRPU.js";
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
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/venv.ts
async function manager(ctx) {
  const inst = await selectInstance(ctx);
  return { inst, venvs: await venvManagerFor(ctx, inst) };
}
async function venvCreateCommand(ctx, args, opts) {
  const { inst, venvs } = await manager(ctx);
  const existed = await venvs.exists(args[0]);
  const v = await venvs.getOrCreate(args[0], {
    path: opts.path,
    seed: Boolean(opts.seed),
    recreate: Boolean(opts.recreate),
    signal: ctx.signal
  });
  const created = !existed || Boolean(opts.recreate);
  return {
    data: {
      name: v.name,
      path: v.path,
      pythonPath: v.pythonPath,
      binDir: v.binDir,
      isExternal: v.isExternal,
      created,
      instance: inst.key
    },
    human: `${created ? "Created" : "Exists"}: venv ${v.name} at ${v.path} (${inst.key})`
  };
}
async function venvListCommand(ctx) {
  const { inst, venvs } = await manager(ctx);
  const names = await venvs.list();
  const infos = await Promise.all(names.map((n) => venvs.info(n, { signal: ctx.signal })));
  return {
    data: { instance: inst.key, venvs: infos },
    human: infos.length ? table(
      infos.map((i) => [i.name, i.pythonVersion, i.packagesCount, formatBytes(i.sizeBytes), i.path]),
      ["name", "python", "packages", "size", "path"]
    ) : `No venvs in ${inst.key}.`
  };
}
async function venvInfoCommand(ctx, args) {
  const { venvs } = await manager(ctx);
  const info = await venvs.info(args[0], { signal: ctx.signal });
  return {
    data: info,
    human: table([
      ["name", info.name],
      ["path", info.path],
      ["python", info.pythonVersion],
      ["uv", info.uvVersion],
      ["home", info.home],
      ["packages", info.packagesCount],
      ["size", formatBytes(info.sizeBytes)],
      ["external", String(info.isExternal)],
      ["created", info.createdAt]
    ])
  };
}
async function venvRemoveCommand(ctx, args, opts) {
  const { venvs } = await manager(ctx);
  if (!await venvs.exists(args[0])) {
    const { VirtualEnvironmentNotFoundError } = await import("./errors-ZJVVR4JN.js");
    throw new VirtualEnvironmentNotFoundError(`No venv named "${args[0]}".`, {
      requested: args[0],
      available: await venvs.list()
    });
  }
  const removed = await venvs.delete(args[0], { deleteExternalFiles: !opts.keepFiles });
  return { data: { name: args[0], removed }, human: `Removed venv ${args[0]}` };
}
async function venvCloneCommand(ctx, args, opts) {
  const { venvs } = await manager(ctx);
  const v = await venvs.clone(args[0], args[1], { path: opts.path });
  return {
    data: { source: args[0], name: v.name, path: v.path, pythonPath: v.pythonPath },
    human: `Cloned ${args[0]} -> ${v.name} at ${v.path}`
  };
}
async function venvExportCommand(ctx, args) {
  const { venvs } = await manager(ctx);
  const archive = await venvs.export(args[0], args[1]);
  return { data: { name: args[0], archive }, human: `Exported venv ${args[0]} to ${archive}` };
}
async function venvImportCommand(ctx, args, opts) {
  const { venvs } = await manager(ctx);
  const v = await venvs.import(args[0], args[1], { path: opts.path });
  return {
    data: { archive: args[0], name: v.name, path: v.path, pythonPath: v.pythonPath },
    human: `Imported ${args[0]} as venv ${v.name} at ${v.path}`
  };
}
export {
  venvCloneCommand,
  venvCreateCommand,
  venvExportCommand,
  venvImportCommand,
  venvInfoCommand,
  venvListCommand,
  venvRemoveCommand
};
