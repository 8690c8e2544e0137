import type { Logger } from '../log.js';
import { type InstanceMetadata } from './metadata.js';
import type { PythonInstance } from './types.js';
/** The public view of an instance directory and its metadata. */
export declare function instanceOf(dir: string, m: InstanceMetadata): PythonInstance;
/** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
export declare function loadInstance(dir: string, log: Logger): Promise<PythonInstance | undefined>;
