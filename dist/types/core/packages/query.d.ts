import type { IndexSettings } from '../uv/uv.js';
import { type CallOptions, type PackageTarget } from './target.js';
import type { OutdatedPackageInfo, PackageDetails, PackageInfo } from './types.js';
export type RequirementsPin = 'exact' | 'minimum' | 'compatible';
export declare function listPackages(t: PackageTarget, o: CallOptions & {
    details?: boolean;
}): Promise<PackageInfo[]>;
/** The installed version of `name`, or undefined. */
export declare function installedVersion(t: PackageTarget, name: string, o: CallOptions): Promise<string | undefined>;
/** `uv pip show <name>` plus its summary; undefined when not installed. */
export declare function packageDetails(t: PackageTarget, name: string, o: CallOptions): Promise<PackageDetails | undefined>;
export declare function outdatedPackages(t: PackageTarget, o: CallOptions & IndexSettings): Promise<OutdatedPackageInfo[]>;
export declare function freeze(t: PackageTarget, o: CallOptions & {
    excludeEditable?: boolean;
}): Promise<string>;
/**
 * Writes a requirements file: `exact` is `uv pip freeze`; `minimum` writes `name>=version`, `compatible`
 * `name~=version` (editable installs are left out of those two: they have no index version).
 */
export declare function exportRequirements(t: PackageTarget, outputPath: string, o: CallOptions & {
    pin?: RequirementsPin;
    excludeEditable?: boolean;
}): Promise<string>;
