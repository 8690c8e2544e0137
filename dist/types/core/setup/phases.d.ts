import type { PythonBuild } from '../catalog/types.js';
import type { EnsuredUv } from '../uv/install.js';
import { Uv } from '../uv/uv.js';
import type { InstallContext, InstalledPython, SetupPlan, SetupResult, VenvPlan } from './types.js';
/** A spec asked for and the build it resolved to. */
export interface ResolvedPython {
    requested: {
        spec: string;
        source: string;
    };
    build: PythonBuild;
}
/**
 * resolve: each spec -> one build, through the catalogue the configuration describes; no download. Specs
 * that resolve to a build already listed are dropped (the later keeps its place: the last is the default).
 */
export declare function resolvePythons(plan: SetupPlan, ctx: InstallContext): Promise<ResolvedPython[]>;
/**
 * install: every build on disk, one after the other, through the plan's installer (the library's
 * instances, or the tool cache); in the order of `builds`.
 */
export declare function installPythons(plan: SetupPlan, builds: PythonBuild[], ctx: InstallContext): Promise<InstalledPython[]>;
/** uv: the private uv binary, and the client every later uv call goes through (index, proxy, cache). */
export declare function provideUv(plan: SetupPlan, ctx: InstallContext): Promise<{
    ensured: EnsuredUv;
    uv: Uv;
}>;
/**
 * venv: a name is one of the instance's venvs (the venv manager: metadata, locking) when the installer has
 * an instance directory; a path (or a name without an instance) is created there. Both create through
 * venvs/create.ts.
 */
export declare function provideVenv(venv: VenvPlan, installed: InstalledPython, uv: Uv, ctx: InstallContext): Promise<NonNullable<SetupResult['venv']>>;
/**
 * packages: a locked project first (`uv sync`, exact: the venv then holds what the lock says), then
 * everything else asked for, in one uv resolution; then what the venv holds.
 */
export declare function installIntoVenv(plan: SetupPlan, venvDir: string, uv: Uv, ctx: InstallContext): Promise<NonNullable<SetupResult['packages']>>;
/** export: the installation (and the venvs it knows of) written to an archive by the installer. */
export declare function exportInstallation(plan: SetupPlan, dest: string, installed: InstalledPython, build: PythonBuild, ctx: InstallContext): Promise<string>;
