#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  Argument,
  Command,
  CommanderError,
  Help,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  Option,
  createArgument,
  createCommand,
  createOption,
  program
} from "./chunk-KGD4LGOU.js";
import "./chunk-APXFQ2F5.js";
export {
  Argument,
  Command,
  CommanderError,
  Help,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  Option,
  createArgument,
  createCommand,
  createOption,
  program
};
