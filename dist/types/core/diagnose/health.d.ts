import type { DiagnoseCheck, InstanceTarget, VenvTarget } from './types.js';
/** Instances laid out as `<root>/cpython-<...>/` holding `python/`, `venvs/<name>/`, `instance.json` (the library layout). */
export declare function findInstances(root: string): Promise<InstanceTarget[]>;
export declare function instanceCheck(inst: InstanceTarget, timeoutMs?: number): Promise<DiagnoseCheck>;
/**
 * A uv venv is healthy when pyvenv.cfg names an existing home, its python runs and its prefix is the venv
 * itself. pip is NOT required (uv venvs have none unless seeded) — the mistake of the .NET health check.
 */
export declare function venvCheck(owner: string, venv: VenvTarget, timeoutMs?: number): Promise<DiagnoseCheck>;
