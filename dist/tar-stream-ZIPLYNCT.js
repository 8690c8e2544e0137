import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_tar_stream
} from "./chunk-EESH4LWC.js";
import "./chunk-OVRNMJZG.js";
export default require_tar_stream();
