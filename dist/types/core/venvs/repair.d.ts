import type { Logger } from '../log.js';
/** An existing external venv is taken over only if it is built on this instance's interpreter. */
export declare function assertVenvOf(dir: string, pythonPath: string): Promise<void>;
/**
 * If the venv or its instance moved (an instance export/import, a renamed root), re-point the venv's own
 * paths (read back from `bin/activate`) and `home` + interpreter links (when the old interpreter is gone).
 */
export declare function repairMovedVenv(venvDir: string, pythonPath: string, logger: Logger): Promise<void>;
