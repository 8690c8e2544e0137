#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_tar_stream
} from "./chunk-MVCL5J4R.js";
import "./chunk-APXFQ2F5.js";
export default require_tar_stream();
