#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  isGroup
} from "./chunk-GYKDTLXK.js";
import "./chunk-APXFQ2F5.js";

// src/cli/parse.ts
var FALLBACK = { kind: "fallback" };
var FLAGS = /^(?:(-[^-]), )?(--[A-Za-z][\w-]*)(?: <[^<>[\]]+>)?$/;
var camelcase = (s) => s.replace(/-([^-])/g, (_m, c) => c.toUpperCase());
function defineOption(spec) {
  const m = FLAGS.exec(spec.flags);
  if (!m || spec.flags.includes("...")) return void 0;
  const long = m[2];
  const negate = long.startsWith("--no-");
  const takesValue = spec.flags.includes("<");
  if (spec.repeatable && (!takesValue || spec.defaultValue !== void 0)) return void 0;
  return {
    short: m[1],
    long,
    attribute: camelcase(long.slice(negate ? 5 : 2)),
    takesValue,
    negate,
    repeatable: Boolean(spec.repeatable)
  };
}
function optionSet(specs) {
  const set = { defs: [], values: {} };
  for (const spec of specs) {
    const def = defineOption(spec);
    if (!def || /^-\d$/.test(def.short ?? "")) return void 0;
    set.defs.push(def);
    if (def.negate) {
      const positive = `--${def.long.slice(5)}`;
      if (!set.defs.some((d) => d.long === positive)) set.values[def.attribute] = spec.defaultValue ?? true;
    } else if (spec.defaultValue !== void 0) set.values[def.attribute] = spec.defaultValue;
  }
  return set;
}
function assign(values, def, raw) {
  if (def.repeatable) {
    const prev = values[def.attribute];
    values[def.attribute] = [...Array.isArray(prev) ? prev : [], raw];
  } else values[def.attribute] = raw ?? !def.negate;
}
var maybeOption = (arg) => arg.length > 1 && arg[0] === "-";
var negativeNumber = (arg) => /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg);
function scanOptions(args, set, leaf) {
  const find = (flag) => set.defs.find((d) => d.short === flag || d.long === flag);
  const scan = { operands: [], unknown: [] };
  let dest = scan.operands;
  let group;
  let i = 0;
  while (i < args.length || group !== void 0) {
    const arg = group ?? args[i++];
    group = void 0;
    if (arg === "--") {
      if (dest === scan.unknown) dest.push(arg);
      dest.push(...args.slice(i));
      break;
    }
    const whole = maybeOption(arg) ? find(arg) : void 0;
    const first = !whole && arg.length > 2 && arg[0] === "-" && arg[1] !== "-" ? find(arg.slice(0, 2)) : void 0;
    const eq = /^--[^=]+=/.test(arg) ? arg.indexOf("=") : -1;
    const named = !whole && !first && eq > 0 ? find(arg.slice(0, eq)) : void 0;
    const withValue = named?.takesValue ? named : void 0;
    if ((whole ?? first)?.exits) return void 0;
    if (whole) {
      const value = whole.takesValue ? args[i++] : void 0;
      if (whole.takesValue && value === void 0) return void 0;
      assign(set.values, whole, value);
    } else if (first) {
      assign(set.values, first, first.takesValue ? arg.slice(2) : void 0);
      if (!first.takesValue) group = `-${arg.slice(2)}`;
    } else if (withValue) assign(set.values, withValue, arg.slice(eq + 1));
    else {
      if (dest === scan.operands && maybeOption(arg) && !(leaf && negativeNumber(arg))) dest = scan.unknown;
      dest.push(arg);
    }
  }
  return scan;
}
function argumentsFit(operands, declared) {
  if (declared.some((a, i) => a.name.startsWith("<") && operands[i] === void 0)) return false;
  const last = declared[declared.length - 1];
  return Boolean(last && /\.\.\.[>\]]$/.test(last.name)) || operands.length <= declared.length;
}
var VERSION_OPTION = { flags: "-V, --version", description: "print the pyembed version" };
function programOptions(globalSpecs) {
  const set = optionSet([VERSION_OPTION, ...globalSpecs]);
  if (set) set.defs[0].exits = true;
  return set;
}
function parseArgv(argv, commands, globalSpecs) {
  const program = programOptions(globalSpecs);
  const top = program && scanOptions(argv, program, false);
  const entry = top && commands.find((e) => e.name === top.operands[0]);
  if (!program || !top || !entry) return FALLBACK;
  let operands = top.operands.slice(1);
  let unknown = top.unknown;
  let spec;
  const path = [entry.name];
  if (isGroup(entry)) {
    const inGroup = scanOptions(unknown, { defs: [], values: {} }, false);
    if (!inGroup) return FALLBACK;
    operands = [...operands, ...inGroup.operands];
    unknown = inGroup.unknown;
    spec = entry.commands.find((c) => c.name === operands[0]);
    operands = operands.slice(1);
    if (spec) path.push(spec.name);
  } else spec = entry;
  const own = spec && optionSet(spec.options ?? []);
  const inCommand = own && scanOptions(unknown, own, true);
  if (!spec || !own || !inCommand || inCommand.unknown.length) return FALLBACK;
  const args = [...operands, ...inCommand.operands];
  if (!argumentsFit(args, spec.arguments ?? [])) return FALLBACK;
  return { kind: "run", spec, path, args, opts: own.values, globals: { ...own.values, ...program.values } };
}
export {
  parseArgv
};
