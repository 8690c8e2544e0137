#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_tar_stream
} from "./chunk-XX4L5FB7.js";
import "./chunk-APXFQ2F5.js";
export default require_tar_stream();
