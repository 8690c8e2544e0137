import * as core from '@actions/core';
import type { Logger } from '../core/log.js';

/** The core library's Logger, spoken in runner workflow commands. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};
