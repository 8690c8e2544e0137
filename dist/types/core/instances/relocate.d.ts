import type { Logger } from '../log.js';
export declare function relocateInstanceVenvs(instanceDir: string, pythonPath: string, oldInstanceDir: string | undefined, log: Logger): Promise<void>;
