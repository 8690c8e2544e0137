import type { PythonEmbeddedOptions } from '../config/index.js';
import type { SetupOptions } from './types.js';
/** The plan's settings that come straight from the configuration; both faces spread this, then add their own. */
export declare function setupOptionsFromConfig(o: PythonEmbeddedOptions): SetupOptions;
