#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  INTERRUPTED_EXIT_CODE,
  cliLogger,
  formatBytes,
  styles,
  useColor
} from "./chunk-F7QIJIS5.js";
import "./chunk-KWDCVMID.js";
import {
  loadConfig
} from "./chunk-J2SKANUU.js";
import {
  KEYS,
  flagAttribute
} from "./chunk-GJVIXB5Y.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/progress.ts
var amount = (n, unit) => unit === "entries" ? String(n) : formatBytes(n);
var unmeasured = (e) => e.total === void 0 && e.unit === void 0;
function createProgress(o) {
  if (!o.enabled) return { update() {
  }, finish() {
  }, write: toStderr };
  return o.tty ? barRenderer(o.color) : lineRenderer();
}
var toStderr = (line) => void process.stderr.write(line);
function taskName(e) {
  return e.label ? `${e.phase} ${e.label}` : e.phase;
}
var complete = (e) => e.total !== void 0 && e.current >= e.total;
function lineRenderer() {
  const tasks = /* @__PURE__ */ new Map();
  const write = (s) => process.stderr.write(`${s}
`);
  const end = (t, failed) => {
    if (t.done) return;
    t.done = true;
    const { last } = t;
    if (failed) {
      const at = last.total !== void 0 ? `${amount(last.current, last.unit)} of ${amount(last.total, last.unit)}` : amount(last.current, last.unit);
      write(`${t.name}: stopped at ${at}`);
    } else if (unmeasured(last)) {
      write(`${t.name}: done`);
    } else {
      write(`${t.name}: done (${amount(last.total ?? last.current, last.unit)})`);
    }
  };
  return {
    update(e) {
      const name = taskName(e);
      let t = tasks.get(name);
      if (t?.done) return;
      if (!t) {
        t = { name, last: e, done: false };
        tasks.set(name, t);
        write(`${name}: started${e.total !== void 0 ? ` (${amount(e.total, e.unit)})` : ""}`);
      }
      t.last = e;
      if (complete(e)) end(t, false);
    },
    finish(failed = false) {
      for (const t of tasks.values()) if (!unmeasured(t.last) || !failed) end(t, failed);
      tasks.clear();
    },
    write: toStderr
  };
}
var BAR_WIDTH = 30;
var FRAME_MS = 100;
var MIN_BAR_WIDTH = 10;
function barLine(s, name, value, rawTotal, unit, columns) {
  const total = rawTotal > 0 ? rawTotal : void 0;
  const done = Math.min(1, total ? value / total : 0);
  const pct = total ? `${String(Math.round(done * 100)).padStart(3)}%` : "    ";
  const qty = total ? `${amount(value, unit)}/${amount(total, unit)}` : amount(value, unit);
  const tail = ` ${pct} ${qty}`;
  const room = Math.max(0, columns - 1 - tail.length);
  const size = Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, room - name.length - 1));
  const nameRoom = Math.max(1, room - size - 1);
  const shownName = name.length <= nameRoom ? name : `${name.slice(0, Math.max(0, nameRoom - 1))}\u2026`;
  const filled = Math.round(done * size);
  const bar = total ? s.green("\u2588".repeat(filled)) + s.dim("\u2591".repeat(size - filled)) : s.dim("\xB7".repeat(size));
  return `${shownName} ${bar}${tail}`;
}
function barRenderer(color) {
  const s = styles(color);
  const out = process.stderr;
  const tasks = /* @__PURE__ */ new Map();
  const logs = [];
  let drawnRows = 0;
  let timer;
  const draw = () => {
    clearTimeout(timer);
    timer = void 0;
    let frame = drawnRows ? `\x1B[${drawnRows}A\r` : "";
    for (const line of logs.splice(0)) frame += `\x1B[2K${line}`;
    const bars = [...tasks.values()].filter((t) => !unmeasured(t.last));
    const columns = out.columns || 80;
    for (const { name, last } of bars) {
      frame += `\x1B[2K${barLine(s, name, last.current, last.total ?? 0, last.unit, columns)}
`;
    }
    drawnRows = bars.length;
    out.write(frame);
  };
  const schedule = () => {
    timer ??= setTimeout(draw, FRAME_MS);
    timer.unref();
  };
  const log = (line) => {
    logs.push(line);
    schedule();
  };
  return {
    update(e) {
      const name = taskName(e);
      const known = tasks.get(name);
      if (known?.done) return;
      if (!known) {
        tasks.set(name, { name, last: e, done: unmeasured(e) });
        if (unmeasured(e)) return log(`${s.dim(`${name}...`)}
`);
      } else known.last = e;
      if (complete(e)) tasks.get(name).done = true;
      schedule();
    },
    finish(failed = false) {
      if (!tasks.size && !logs.length) return;
      const open = [...tasks.values()].filter((t) => !t.done).map((t) => t.name);
      draw();
      tasks.clear();
      drawnRows = 0;
      if (failed) for (const name of open) out.write(`${s.yellow(`${name}: stopped`)}
`);
    },
    write(line) {
      if (tasks.size) log(line);
      else out.write(line);
    }
  };
}

// src/cli/context.ts
function flagsFromGlobals(globals) {
  const flags = {};
  for (const spec of KEYS) {
    const v = globals[flagAttribute(spec.flag)];
    if (v !== void 0) flags[spec.key] = v;
  }
  return flags;
}
function createContext(globals, overrides = {}) {
  const env = process.env;
  const cwd = process.cwd();
  const json = Boolean(globals.json);
  const verbose = Boolean(globals.verbose);
  const color = useColor(process.stderr, env);
  const config = loadConfig({
    flags: { ...flagsFromGlobals(globals), ...stripUndefined(overrides) },
    env,
    cwd,
    configFile: globals.config
  });
  if (config.options.proxy) process.env.HTTPS_PROXY = process.env.https_proxy = config.options.proxy;
  if (config.options.noProxy) process.env.NO_PROXY = process.env.no_proxy = config.options.noProxy;
  const controller = new AbortController();
  const abort = (sig) => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    controller.abort(new Error(`interrupted by ${sig}`));
    setTimeout(() => process.exit(INTERRUPTED_EXIT_CODE), 3e3).unref();
  };
  process.on("SIGINT", abort);
  process.on("SIGTERM", abort);
  const progress = createProgress({
    tty: Boolean(process.stderr.isTTY),
    color,
    enabled: globals.progress !== false && !globals.quiet
  });
  return {
    json,
    verbose,
    cwd,
    env,
    config,
    options: config.options,
    logger: cliLogger({ verbose, quiet: Boolean(globals.quiet), color, write: (l) => progress.write(l) }),
    progress,
    color,
    style: styles(color),
    signal: controller.signal
  };
}
function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
export {
  createContext,
  flagsFromGlobals
};
