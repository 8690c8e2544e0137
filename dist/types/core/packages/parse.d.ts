import type { OutdatedPackageInfo, PackageDetails, PackageInfo } from './types.js';
/** `uv pip list --format json`: `[{name, version, editable_project_location?}]`. */
export declare function parsePipListJson(stdout: string): PackageInfo[];
/** `uv pip list --outdated --format json`: `[{name, version, latest_version, latest_filetype}]`. */
export declare function parseOutdatedJson(stdout: string): OutdatedPackageInfo[];
/**
 * `uv pip show` prints `Key: value` blocks separated by `---` (one per package); there is no JSON form.
 * Requires / Required-by are comma lists.
 */
export declare function parsePipShow(stdout: string): PackageDetails[];
/**
 * The useful part of uv's stderr for an error message: from its first `error:` / `×` line on, without the
 * "Using Python ... environment" preamble and progress lines.
 */
export declare function uvErrorText(stderr: string, stdout?: string): string;
