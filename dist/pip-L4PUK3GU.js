#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  table
} from "./chunk-F7QIJIS5.js";
import {
  selectTarget
} from "./chunk-U6767SVF.js";
import "./chunk-YUUQBBSK.js";
import "./chunk-TZ5XPPSR.js";
import {
  PythonRuntime
} from "./chunk-ILKLI3QH.js";
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

// src/cli/commands/pip.ts
var list = (v) => Array.isArray(v) ? v : [];
async function runtime(ctx, opts) {
  const t = await selectTarget(ctx, opts.venv, {
    needUv: true,
    base: Boolean(opts.base)
  });
  const o = ctx.options;
  const rt = new PythonRuntime({
    pythonPath: t.pythonPath,
    uv: t.uv,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    logger: ctx.logger
  });
  return { rt, where: t.description };
}
async function pipInstallCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const constraints = list(opts.constraints);
  const common = { upgrade: Boolean(opts.upgrade), constraints, signal: ctx.signal };
  const done = [];
  for (const file of list(opts.requirements)) {
    await rt.installRequirements(file, common);
    done.push(`-r ${file}`);
  }
  if (typeof opts.editable === "string") {
    await rt.installPyproject(opts.editable, { ...common, editable: true });
    done.push(`-e ${opts.editable}`);
  }
  if (args.length) {
    await rt.install(args, common);
    done.push(...args);
  }
  if (!done.length) {
    const { InvalidPackageSpecificationError } = await import("./errors-ZJVVR4JN.js");
    throw new InvalidPackageSpecificationError("Nothing to install: give packages, -r <file> or -e <path>.", {
      hint: "e.g. pyembed pip install requests==2.32.3"
    });
  }
  const packages = await rt.list({ signal: ctx.signal });
  return {
    data: { target: where, installed: done, packages },
    human: [`Installed into ${where}: ${done.join(" ")}`, `${packages.length} package(s) now present.`]
  };
}
async function pipUninstallCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  await rt.uninstall(args, { signal: ctx.signal });
  return {
    data: { target: where, uninstalled: args },
    human: `Uninstalled from ${where}: ${args.join(" ")}`
  };
}
async function pipListCommand(ctx, _args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const packages = await rt.list({ signal: ctx.signal });
  return {
    data: { target: where, packages },
    human: table(
      packages.map((p) => [p.name, p.version]),
      ["package", "version"]
    )
  };
}
async function pipShowCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const info = await rt.info(args[0], { signal: ctx.signal });
  if (!info) {
    return {
      data: { target: where, package: null },
      human: `${args[0]} is not installed in ${where}.`,
      exitCode: 1
    };
  }
  return {
    data: { target: where, package: info },
    human: table(Object.entries(info.fields).map(([k, v]) => [k, v]))
  };
}
async function pipOutdatedCommand(ctx, _args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const outdated = await rt.outdated({ signal: ctx.signal });
  return {
    data: { target: where, outdated },
    human: outdated.length ? table(
      outdated.map((p) => [p.name, p.installedVersion, p.latestVersion]),
      ["package", "installed", "latest"]
    ) : "Everything is up to date."
  };
}
async function pipUpgradeCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const before = new Map(
    (await rt.list({ signal: ctx.signal })).map((p) => [p.name.toLowerCase(), p.version])
  );
  await rt.install(args, { upgrade: true, signal: ctx.signal });
  const after = await rt.list({ signal: ctx.signal });
  const changed = after.filter((p) => before.get(p.name.toLowerCase()) !== p.version).map((p) => ({ name: p.name, from: before.get(p.name.toLowerCase()) ?? null, to: p.version }));
  return {
    data: { target: where, upgraded: changed },
    human: changed.length ? changed.map((c) => `${c.name}: ${c.from ?? "-"} -> ${c.to}`) : "Nothing to upgrade."
  };
}
async function pipDowngradeCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const [name, version] = args;
  const from = await rt.getVersion(name, { signal: ctx.signal });
  await rt.downgrade(name, version, { signal: ctx.signal });
  return {
    data: { target: where, name, from: from ?? null, to: version },
    human: `${name}: ${from ?? "-"} -> ${version}`
  };
}
async function pipFreezeCommand(ctx, _args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const text = await rt.freeze({ signal: ctx.signal });
  const requirements = text.split(/\r?\n/).filter(Boolean);
  return { data: { target: where, requirements }, human: text };
}
export {
  pipDowngradeCommand,
  pipFreezeCommand,
  pipInstallCommand,
  pipListCommand,
  pipOutdatedCommand,
  pipShowCommand,
  pipUninstallCommand,
  pipUpgradeCommand
};
