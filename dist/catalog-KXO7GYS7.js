#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  table
} from "./chunk-F7QIJIS5.js";
import {
  buildJson,
  catalogFor,
  platformOpt
} from "./chunk-YUUQBBSK.js";
import "./chunk-L3K4VSN7.js";
import "./chunk-7GUPRI7K.js";
import {
  mirrorUrlFor
} from "./chunk-DBBTYMKI.js";
import "./chunk-D7HBDRUY.js";
import {
  hostPlatform,
  platformKey
} from "./chunk-H3BTIRPU.js";
import "./chunk-ADBMM3ER.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/catalog.ts
async function resolveCommand(ctx, args, opts) {
  const catalog = catalogFor(ctx.options, ctx.logger);
  const build = await catalog.resolve(args[0], {
    platform: platformOpt(opts),
    build: ctx.options.build,
    flavor: ctx.options.flavor,
    checkLatest: Boolean(opts.checkLatest) && !ctx.options.offline
  });
  const data = {
    ...buildJson(build),
    ...ctx.options.mirror ? { downloadUrl: mirrorUrlFor(build, ctx.options.mirror) } : {},
    spec: args[0],
    catalog: catalog.source,
    apiCalls: catalog.apiCalls
  };
  return {
    data,
    human: table([
      ["key", build.key],
      ["version", build.version],
      ["build", build.build],
      ["asset", build.assetName],
      ["url", build.url],
      ["sha256", build.sha256 ?? "(unknown)"],
      ...data.downloadUrl ? [["download", data.downloadUrl]] : []
    ])
  };
}
async function listAvailableCommand(ctx, _args, opts) {
  const platform = platformOpt(opts) ?? hostPlatform();
  const catalog = catalogFor(ctx.options, ctx.logger);
  const builds = await catalog.list({
    platform,
    build: ctx.options.build,
    flavor: ctx.options.flavor,
    all: Boolean(opts.all)
  });
  return {
    data: { platform: platformKey(platform), count: builds.length, builds: builds.map(buildJson) },
    human: table(
      builds.map((b) => [b.version, b.build, b.key]),
      ["version", "build", "key"]
    )
  };
}
export {
  listAvailableCommand,
  resolveCommand
};
