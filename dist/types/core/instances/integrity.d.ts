import type { IntegrityReport, PythonInstance } from './types.js';
/** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
export declare function checkIntegrity(inst: PythonInstance): Promise<IntegrityReport>;
