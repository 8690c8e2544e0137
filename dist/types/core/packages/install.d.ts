import { type InstallOptions, type PackageTarget } from './target.js';
import type { CommandResult } from './types.js';
export interface PyprojectInstallOptions extends InstallOptions {
    editable?: boolean;
    extras?: string[];
    allExtras?: boolean;
    /** PEP 735 dependency groups (`--group pyproject.toml:<name>`). */
    groups?: string[];
}
/** What `installPlan` installs together (the setup plan's package step). */
export interface InstallPlan {
    packages?: string[];
    requirements?: string[];
    constraints?: string[];
    pyproject?: string;
    editable?: boolean;
    extras?: string[];
    allExtras?: boolean;
    groups?: string[];
}
/** Validated, trimmed specs; an invalid one throws InvalidPackageSpecificationError. */
export declare function checkedSpecs(specs: string[]): string[];
export declare function installSpecs(t: PackageTarget, spec: string | string[], o: InstallOptions): Promise<CommandResult>;
export declare function installRequirements(t: PackageTarget, file: string, o: InstallOptions): Promise<CommandResult>;
export declare function installPyproject(t: PackageTarget, projectPath: string, o: PyprojectInstallOptions): Promise<CommandResult>;
/**
 * Everything a setup asks for in ONE resolution. Relative paths are taken from `o.cwd`. A failure names
 * the requirements file when uv blames one (RequirementsFileError), else PackageInstallationError.
 */
export declare function installPlan(t: PackageTarget, plan: InstallPlan, o: InstallOptions & {
    cwd?: string;
}): Promise<CommandResult>;
