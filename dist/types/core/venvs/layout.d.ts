/** `bin` on POSIX, `Scripts` on Windows. */
export declare function venvBinDir(venvDir: string): string;
export declare function venvPython(venvDir: string): string;
/** Where this module keeps venv metadata, inside `<instanceDir>/venvs/`. Not a valid venv name. */
export declare const META_DIR = ".pyembed";
/**
 * Venv names become directory names: no separators, no `.`/`..`, no control characters, nothing that
 * Windows refuses, and not our metadata directory. A clear ConfigurationError otherwise.
 */
export declare function validateVenvName(name: string): string;
/** Reads `pyvenv.cfg` as key/value pairs (keys lower-cased). */
export declare function readPyvenvCfg(venvDir: string): Promise<Record<string, string> | undefined>;
/** Rewrites one key of `pyvenv.cfg` in place, keeping every other line as it was. */
export declare function setPyvenvCfgValue(venvDir: string, key: string, value: string): Promise<void>;
/** Total bytes of a tree, symlinks counted as links (never followed). */
export declare function treeSize(dir: string): Promise<number>;
/**
 * `lib/python3.X/site-packages` (POSIX) or `Lib/site-packages` (Windows). Synchronous calls inside: a few
 * stats that setup makes several times per run, each a thread-pool round trip when asynchronous.
 */
export declare function sitePackagesDirs(venvDir: string): Promise<string[]>;
/** The venv's one site-packages directory, or undefined when it has none or several. */
export declare function sitePackagesDir(venvDir: string): Promise<string | undefined>;
