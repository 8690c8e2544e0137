#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  catalogFor
} from "./chunk-YUUQBBSK.js";
import {
  PythonManager
} from "./chunk-TZ5XPPSR.js";
import {
  VirtualEnvironmentManager,
  ensurePrivateUv,
  isVenvPath,
  managerOptions
} from "./chunk-ILKLI3QH.js";
import {
  Uv
} from "./chunk-R5MRQTVY.js";
import {
  findSpecFromFiles
} from "./chunk-7GUPRI7K.js";
import {
  hostPlatform
} from "./chunk-H3BTIRPU.js";
import {
  validateVenvName,
  venvBinDir,
  venvPython
} from "./chunk-SD6QJGZW.js";
import {
  projectRequiredUvVersion
} from "./chunk-7YUMN574.js";
import {
  exactWithoutLookup
} from "./chunk-2VKMGMBF.js";
import {
  InstanceNotFoundError,
  VirtualEnvironmentNotFoundError
} from "./chunk-EI5M5ORX.js";

// src/cli/commands/select.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function managerFor(ctx) {
  const o = ctx.options;
  return new PythonManager({
    ...managerOptions({ ...o, logger: ctx.logger }),
    catalog: catalogFor(o, ctx.logger)
  });
}
async function selectedSpec(ctx, explicit) {
  if (explicit) return { spec: explicit, source: "argument" };
  const src = ctx.config.sources.python;
  if (src.kind !== "default")
    return { spec: ctx.options.python, source: src.kind === "flag" ? src.name : `${src.kind} ${src.name}` };
  const found = await findSpecFromFiles(ctx.cwd);
  return found ? { spec: found.spec, source: found.source } : { spec: ctx.options.python, source: "default" };
}
async function selectInstance(ctx, explicit) {
  const { spec, source } = await selectedSpec(ctx, explicit);
  const manager = managerFor(ctx);
  const inst = source === "default" ? await newestInstance(ctx, manager) : await manager.getInstance(spec, { build: ctx.options.build });
  if (!inst) {
    const installed = (await manager.listInstances()).map((i) => i.key);
    throw new InstanceNotFoundError(
      `No installed Python matches ${spec} (from ${source}) under ${ctx.options.root}.`,
      {
        requested: spec,
        available: installed,
        hint: `Run \`pyembed install ${spec}\` (or \`pyembed setup ${spec}\`), or select another with --python.`
      }
    );
  }
  return inst;
}
async function newestInstance(ctx, manager) {
  const host = hostPlatform();
  const runsHere = (p) => p.os === host.os && p.arch === host.arch && p.libc === host.libc;
  const here = (await manager.listInstances()).filter((i) => runsHere(i.platform));
  const inst = here.find((i) => i.implementation === "cpython") ?? here[0];
  if (inst) ctx.logger.debug(`no Python spec given: using the newest installed instance, ${inst.key}`);
  return inst;
}
function projectUvVersion(ctx) {
  const required = projectRequiredUvVersion([ctx.cwd]);
  if (!required) return void 0;
  ctx.logger.debug(`uv version ${required.request.text}: from ${required.file}`);
  return exactWithoutLookup(required.request, true) ?? required.request.text;
}
async function uvFor(ctx) {
  const o = ctx.options;
  const u = await ensurePrivateUv({
    version: o.uvVersion ?? (o.uvPath ? void 0 : projectUvVersion(ctx)),
    githubApiUrl: o.githubApiUrl,
    releasesCacheDir: path.join(o.root, ".catalog"),
    uvPath: o.uvPath,
    downloadBaseUrl: o.uvDownloadUrl,
    toolsDir: o.toolsDir,
    token: o.githubToken,
    allowMissingChecksum: o.allowMissingChecksum,
    offline: o.offline,
    logger: ctx.logger,
    signal: ctx.signal
  });
  return new Uv({
    path: u.path,
    cacheDir: ctx.env.UV_CACHE_DIR || void 0,
    offline: o.offline,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    proxy: o.proxy,
    noProxy: o.noProxy,
    logger: ctx.logger
  });
}
async function venvManagerFor(ctx, inst, uv) {
  const instance = inst ?? await selectInstance(ctx);
  const o = ctx.options;
  return new VirtualEnvironmentManager({
    instance: { pythonPath: instance.pythonPath, dir: instance.dir },
    uv: uv ?? await uvFor(ctx),
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    logger: ctx.logger,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio }
  });
}
var DEFAULT_VENV = "default";
function activated(venvDir) {
  const bin = venvBinDir(venvDir);
  return {
    VIRTUAL_ENV: venvDir,
    PYTHONHOME: void 0,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`
  };
}
async function selectTarget(ctx, venv, o) {
  const uv = o.needUv ? await uvFor(ctx) : void 0;
  if (venv && isVenvPath(venv)) {
    const dir = path.resolve(ctx.cwd, venv);
    if (!existsSync(path.join(dir, "pyvenv.cfg"))) {
      throw new VirtualEnvironmentNotFoundError(`${dir} is not a virtual environment (no pyvenv.cfg).`, {
        requested: dir,
        hint: "Create it with `pyembed venv create` or `pyembed setup`."
      });
    }
    return { pythonPath: venvPython(dir), env: activated(dir), description: dir, uv };
  }
  const inst = await selectInstance(ctx);
  const name = venv ?? (!o.base && existsSync(path.join(inst.venvsDir, DEFAULT_VENV, "pyvenv.cfg")) ? DEFAULT_VENV : void 0);
  if (name) {
    const entry = path.join(inst.venvsDir, validateVenvName(name));
    if (!existsSync(path.join(entry, "pyvenv.cfg"))) {
      const names = uv ? await (await venvManagerFor(ctx, inst, uv)).list() : [];
      throw new VirtualEnvironmentNotFoundError(`No venv named "${name}" in ${inst.key}.`, {
        requested: name,
        available: names,
        hint: `Create it with \`pyembed venv create ${name}\` or \`pyembed setup --venv ${name}\`.`
      });
    }
    const dir = realpathSync(entry);
    return {
      pythonPath: venvPython(dir),
      env: activated(dir),
      description: `venv ${name} (${inst.key})`,
      uv
    };
  }
  return { pythonPath: inst.pythonPath, description: inst.key, uv };
}

export {
  managerFor,
  selectedSpec,
  selectInstance,
  venvManagerFor,
  selectTarget
};
