#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  INTERRUPTED_EXIT_CODE,
  reportError,
  writeResult
} from "./chunk-F7QIJIS5.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/invoke.ts
async function runInvocation({ spec, args, opts, globals }) {
  const json = Boolean(globals.json);
  let ctx;
  try {
    const { createContext } = await import("./context-RVFFQA66.js");
    ctx = createContext(globals, spec.configFromArgs?.(args));
    const handler = await spec.handler();
    const result = await handler(ctx, args, opts);
    ctx.progress.finish();
    writeResult(result, json);
    return result.exitCode ?? 0;
  } catch (e) {
    ctx?.progress.finish(true);
    const code = reportError(e, json, Boolean(globals.verbose));
    return ctx?.signal.aborted ? INTERRUPTED_EXIT_CODE : code;
  }
}
export {
  runInvocation
};
