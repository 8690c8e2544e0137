export interface PythonLocation {
    /** The installation prefix (what becomes `<instance>/python`). */
    root: string;
    /** The interpreter, relative to `root` (POSIX separators). */
    exe: string;
}
/** The interpreter inside an installation prefix, relative to it; undefined when there is none. */
export declare function findInterpreter(root: string): string | undefined;
/** Locates the prefix in an extraction dir: `python/install` (full), `python`, or the dir itself. */
export declare function locatePython(extracted: string): PythonLocation | undefined;
export interface PythonProbe {
    /** `platform.python_version()`: `3.12.5`, `3.13.0rc1`. */
    version: string;
    implementation: string;
    prefix: string;
    executable: string;
    freethreaded: boolean;
    debug: boolean;
    machine: string;
}
/** Runs the interpreter once, isolated from the user's PYTHON* settings, and returns what it reports. */
export declare function probePython(pythonPath: string, o?: {
    timeoutMs?: number;
}): Promise<PythonProbe>;
