/** Data shapes of package operations (the reference's PackageInfo, OutdatedPackageInfo, PyPI records...). */
/** One command's outcome: exit code and captured output (the reference's PythonExecutionResult). */
export interface CommandResult {
    exitCode: number;
    stdout: string;
    stderr: string;
    durationMs: number;
}
export interface PackageInfo {
    name: string;
    version: string;
    /** site-packages directory (from `uv pip show`), when known. */
    location?: string;
    /** Project directory of an editable install. */
    editableProjectLocation?: string;
    summary?: string;
}
/** `uv pip show` of one package. */
export interface PackageDetails extends PackageInfo {
    requires: string[];
    requiredBy: string[];
    /** Every field uv printed, verbatim (Name, Version, Location, Requires, Required-by, ...). */
    fields: Record<string, string>;
}
export interface OutdatedPackageInfo {
    name: string;
    installedVersion: string;
    latestVersion: string;
    /** `wheel` or `sdist`, as uv reports it. */
    latestFiletype?: string;
}
export interface PyPIPackageInfo {
    name: string;
    version: string;
    summary?: string;
    description?: string;
    author?: string;
    authorEmail?: string;
    homePage?: string;
    license?: string;
    requiresPython?: string;
    requiresDist: string[];
    /** All released versions, oldest first (PEP 440 order). */
    releases: string[];
    projectUrls: Record<string, string>;
}
export interface PyPISearchResult {
    name: string;
    version: string;
    summary?: string;
}
/** Where package operations get their packages from (the reference's PipConfiguration). */
export interface PipConfiguration {
    indexUrl?: string;
    extraIndexUrls: string[];
    trustedHosts: string[];
    proxy?: string;
    noProxy?: string;
    cacheDir?: string;
    offline: boolean;
    /** Which of the above came from options and which from the environment. */
    sources: Record<string, 'options' | 'env' | 'default'>;
}
export interface BatchItemResult {
    ok: boolean;
    /** Output of the uv call that decided this item (the joint call when it succeeded). */
    result?: CommandResult;
    /** Why it failed (uv's message, or the spec validation error). */
    error?: string;
}
export interface HealthReport {
    executableExists: boolean;
    executablePath: string;
    prefix?: string;
    prefixExists: boolean;
    pythonVersionCheck: 'Success' | 'Failed';
    pythonVersionInfo?: string;
    commandExecution: 'Success' | 'Failed';
    commandExitCode?: number;
    /** The package manager is uv: its version, or 'Failed'. */
    uvCheck: 'Success' | 'Failed';
    uvVersion?: string;
    /** `uv pip check`: installed packages have compatible dependencies. */
    dependencyCheck: 'Success' | 'Failed';
    dependencyCheckOutput?: string;
    sitePackages?: string;
    sitePackagesWritable: boolean;
    /** pip is optional in a uv venv: reported, never a health criterion. */
    pipVersion?: string;
    overallHealth: 'Healthy' | 'Unhealthy';
    problems: string[];
}
export interface PythonVersionInfo {
    version: string;
    versionInfo: [number, number, number, string, number];
    executable: string;
    prefix: string;
    basePrefix: string;
    implementation: string;
    platform: string;
    sysVersion: string;
}
