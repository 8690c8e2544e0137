#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_tar_stream
} from "./chunk-45KS6664.js";
import "./chunk-VXOHKOCB.js";
export default require_tar_stream();
