import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  debug,
  error,
  info,
  warning
} from "./chunk-2OAMTD3U.js";

// src/action/logger.ts
var actionsLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warn: (m) => warning(m),
  error: (m) => error(m)
};

export {
  actionsLogger
};
