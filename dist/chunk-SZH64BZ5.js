import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
var cryptoModule = () => requireBuiltin("node:crypto");
var zlibModule = () => requireBuiltin("node:zlib");
var vmModule = () => requireBuiltin("node:vm");
var v8Module = () => requireBuiltin("node:v8");
var sha256 = () => cryptoModule().createHash("sha256");
function randomTag(bytes = 4) {
  let s = "";
  for (let i = 0; i < bytes; i++)
    s += Math.floor(Math.random() * 256).toString(16).padStart(2, "0");
  return s;
}
var monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

export {
  zlibModule,
  vmModule,
  v8Module,
  sha256,
  randomTag,
  monotonicMs
};
