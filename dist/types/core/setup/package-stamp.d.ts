import type { PackagePlan } from './types.js';
export declare const STAMP_FILE = ".pyembed-packages.json";
/**
 * What uv would be asked, as stored in the stamp, or undefined when the request may install something new
 * even though its text is unchanged (then uv always runs). An unreadable file is left to uv to report.
 */
export declare function packageRequest(plan: PackagePlan, cwd: string, venvDir: string): Promise<unknown | undefined>;
/**
 * The distributions the venv held after the stamped install, when the stamp proves uv would change nothing
 * for this request; otherwise undefined.
 */
export declare function namesIfUnchanged(venvDir: string, request: unknown): Promise<string[] | undefined>;
/**
 * Records a successful install of `request` and the distributions it left (nothing when site-packages is not
 * where a stamp looks).
 */
export declare function writeStamp(venvDir: string, request: unknown, names: string[]): Promise<void>;
