#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  Command,
  Option
} from "./chunk-KGD4LGOU.js";
import {
  VERSION
} from "./chunk-RXYS6PQM.js";
import {
  COMMANDS
} from "./chunk-4NFVO27B.js";
import {
  isGroup
} from "./chunk-GYKDTLXK.js";
import {
  globalOptions
} from "./chunk-6NJPSDIX.js";
import "./chunk-GJVIXB5Y.js";
import "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/cli/register.ts
function entriesFor(argv) {
  const named = argv ? COMMANDS.filter((e) => argv.includes(e.name)) : [];
  return named.length ? named : COMMANDS;
}
function buildProgram(onRun, argv) {
  const program = new Command("pyembed").description(
    "A private, checksum-verified CPython from python-build-standalone, a uv venv and your packages \u2014 outside GitHub too."
  ).version(VERSION, "-V, --version", "print the pyembed version").showSuggestionAfterError(true).configureHelp({ showGlobalOptions: true, sortSubcommands: false }).exitOverride();
  for (const o of globalOptions()) program.addOption(toOption(o));
  for (const entry of entriesFor(argv)) registerEntry(onRun, program, entry);
  return program;
}
var collect = (v, prev = []) => [...prev, v];
function toOption(spec) {
  const option = new Option(spec.flags, spec.description);
  if (spec.repeatable) option.argParser(collect);
  if (spec.defaultValue !== void 0) option.default(spec.defaultValue);
  return option;
}
function registerEntry(onRun, parent, entry) {
  if (!isGroup(entry)) {
    registerCommand(onRun, parent, entry, [entry.name]);
    return;
  }
  const group = parent.command(entry.name).description(entry.description);
  for (const spec of entry.commands) registerCommand(onRun, group, spec, [entry.name, spec.name]);
}
function registerCommand(onRun, parent, spec, path) {
  const cmd = parent.command(spec.name).description(spec.description);
  for (const a of spec.arguments ?? []) cmd.argument(a.name, a.description);
  for (const o of spec.options ?? []) cmd.addOption(toOption(o));
  cmd.action((...params) => onRun(invocationOf(spec, path, params[params.length - 1])));
}
function invocationOf(spec, path, self) {
  const args = self.processedArgs.flatMap(
    (a) => a === void 0 ? [] : Array.isArray(a) ? a : [String(a)]
  );
  return { spec, path, args, opts: self.opts(), globals: self.optsWithGlobals() };
}
export {
  buildProgram,
  registerEntry,
  toOption
};
