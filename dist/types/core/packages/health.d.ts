import { type CallOptions, type PackageTarget } from './target.js';
import type { HealthReport, PythonVersionInfo } from './types.js';
/** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
export declare function pipVersion(t: PackageTarget, o: CallOptions): Promise<string | undefined>;
/** sys.version, executable, prefixes, implementation; PythonExecutionError when the interpreter fails. */
export declare function pythonVersionInfo(t: PackageTarget, o: CallOptions): Promise<PythonVersionInfo>;
/** pip is reported but not required (uv venvs have no pip, and are healthy). */
export declare function validateInstallation(t: PackageTarget, o: CallOptions): Promise<HealthReport>;
