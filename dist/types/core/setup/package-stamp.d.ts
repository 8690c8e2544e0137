import type { PackagePlan } from './types.js';
export declare const STAMP_FILE = ".pyembed-packages.json";
/**
 * What uv would be asked, as stored in the stamp, or undefined when the request may install something new
 * even though its text is unchanged (then uv always runs). An unreadable file is left to uv to report.
 */
export declare function packageRequest(plan: PackagePlan, cwd: string, venvDir: string): Promise<unknown | undefined>;
/** `<venv>/lib/pythonX.Y/site-packages` (`Lib/site-packages` on Windows), when there is exactly one. */
export declare function sitePackagesDir(venvDir: string): Promise<string | undefined>;
/** True when the stamp proves uv would change nothing for this request. */
export declare function unchangedSinceStamp(venvDir: string, request: unknown): Promise<boolean>;
/** Records a successful install of `request` (nothing when site-packages is not where a stamp looks). */
export declare function writeStamp(venvDir: string, request: unknown): Promise<void>;
