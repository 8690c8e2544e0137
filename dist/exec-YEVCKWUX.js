#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  selectTarget
} from "./chunk-U6767SVF.js";
import "./chunk-YUUQBBSK.js";
import "./chunk-TZ5XPPSR.js";
import {
  runPython,
  runScript
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
import {
  PythonExecutionError
} from "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/commands/exec.ts
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
function num(v, name) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    throw new PythonExecutionError(`--${name} must be a positive number, got ${JSON.stringify(v)}.`, {
      requested: String(v)
    });
  }
  return n;
}
function runJson(r, where) {
  return {
    target: where,
    command: r.command,
    exitCode: r.exitCode,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    durationMs: r.durationMs,
    timedOut: r.timedOut,
    outOfMemory: r.outOfMemory,
    limits: r.limits
  };
}
function assertEnded(r) {
  if (!r.timedOut && !r.outOfMemory && r.signal === null) return;
  const why = r.timedOut ? "timed out" : r.outOfMemory ? "ran out of memory" : `was killed by ${r.signal}`;
  throw new PythonExecutionError(`${r.command.join(" ")} ${why}.`, {
    requested: r.command.join(" "),
    timedOut: r.timedOut,
    outOfMemory: r.outOfMemory,
    signal: r.signal,
    stderr: r.stderr.slice(-2e3)
  });
}
async function baseOptions(ctx, opts) {
  const t = await selectTarget(ctx, opts.venv, {
    needUv: false,
    base: Boolean(opts.base)
  });
  const timeoutSeconds = num(opts.timeoutSeconds, "timeout-seconds");
  const o = {
    cwd: opts.cwd ?? ctx.cwd,
    env: t.env,
    timeoutMs: timeoutSeconds ? timeoutSeconds * 1e3 : void 0,
    maxMemoryMB: num(opts.maxMemoryMb, "max-memory-mb"),
    signal: ctx.signal
  };
  return { t, o };
}
async function runCommand(ctx, args, opts) {
  const { t, o } = await baseOptions(ctx, opts);
  if (ctx.json) {
    const r2 = await runPython(t.pythonPath, args, o);
    assertEnded(r2);
    return { data: runJson(r2, t.description), exitCode: r2.exitCode ?? 1 };
  }
  const r = await runPython(t.pythonPath, args, { ...o, inheritStdio: true });
  assertEnded(r);
  return { data: void 0, human: "", exitCode: r.exitCode ?? 1 };
}
async function execCommand(ctx, args, opts) {
  const { t, o } = await baseOptions(ctx, opts);
  const stream = !ctx.json;
  const code = args[0] === "-" ? await readStdin() : args[0];
  const r = await runScript(t.pythonPath, { code }, [], {
    ...o,
    onStdout: stream ? (l) => process.stdout.write(`${l}
`) : void 0,
    onStderr: stream ? (l) => process.stderr.write(`${l}
`) : void 0
  });
  assertEnded(r);
  if (r.exitCode !== 0) {
    const lines = r.stderr.trim().split(/\r?\n/);
    throw new PythonExecutionError(`Python exited with ${r.exitCode}: ${lines[lines.length - 1] ?? ""}`, {
      requested: code,
      // not `exitCode`: that key of toJSON() is the CLI's exit code (30)
      pythonExitCode: r.exitCode,
      stderr: r.stderr.slice(-4e3),
      stdout: r.stdout.slice(-4e3)
    });
  }
  return { data: runJson(r, t.description), human: "" };
}
export {
  execCommand,
  runCommand
};
