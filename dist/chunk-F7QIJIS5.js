#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  isPythonEmbeddedError
} from "./chunk-EI5M5ORX.js";

// src/cli/output.ts
var USAGE_EXIT_CODE = 2;
var INTERRUPTED_EXIT_CODE = 130;
var INTERNAL_EXIT_CODE = 1;
function useColor(stream = process.stderr, env = process.env) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY);
}
var paint = (on, code, s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
function styles(color) {
  return {
    bold: (s) => paint(color, 1, s),
    dim: (s) => paint(color, 2, s),
    green: (s) => paint(color, 32, s),
    yellow: (s) => paint(color, 33, s),
    red: (s) => paint(color, 31, s)
  };
}
function cliLogger(o) {
  const s = styles(o.color);
  const write = o.write ?? ((l) => void process.stderr.write(l));
  const line = (m) => write(`${m}
`);
  return {
    debug: (m) => o.verbose && line(s.dim(`debug: ${m}`)),
    info: (m) => !o.quiet && line(m),
    warn: (m) => line(`${s.yellow("warning:")} ${m}`),
    error: (m) => line(`${s.red("error:")} ${m}`)
  };
}
function writeResult(result, json) {
  if (json) {
    process.stdout.write(`${JSON.stringify(result.data ?? null, null, 2)}
`);
    return;
  }
  const human = result.human ?? JSON.stringify(result.data, null, 2);
  const text = Array.isArray(human) ? human.join("\n") : human;
  if (text) process.stdout.write(text.endsWith("\n") ? text : `${text}
`);
}
function errorJson(e) {
  const doc = e.toJSON();
  const child = e.details.exitCode;
  return {
    ...doc,
    ...child !== void 0 && child !== e.exitCode ? { processExitCode: child } : {},
    exitCode: e.exitCode
  };
}
function reportError(e, json, verbose) {
  const label = styles(useColor(process.stderr)).red("error:");
  if (isPythonEmbeddedError(e)) {
    if (json) process.stdout.write(`${JSON.stringify({ error: errorJson(e) }, null, 2)}
`);
    process.stderr.write(`${label} ${e.guidance}
`);
    if (verbose && e.stack) process.stderr.write(`${e.stack}
`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (json) {
    const doc = { error: { name: err.name, message: err.message, exitCode: INTERNAL_EXIT_CODE } };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
  }
  process.stderr.write(`${label} ${err.message}
`);
  if (verbose && err.stack) process.stderr.write(`${err.stack}
`);
  return INTERNAL_EXIT_CODE;
}
function table(rows, header) {
  const all = header ? [header, ...rows] : rows;
  const cells = all.map((r) => r.map((c) => c === void 0 ? "" : String(c)));
  const widths = [];
  for (const r of cells) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.length));
  return cells.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()
  );
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
function formatMs(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(2)} s`;
}

export {
  USAGE_EXIT_CODE,
  INTERRUPTED_EXIT_CODE,
  INTERNAL_EXIT_CODE,
  useColor,
  styles,
  cliLogger,
  writeResult,
  reportError,
  table,
  formatBytes,
  formatMs
};
