export interface PythonLocation {
    /** The installation prefix (what becomes `<instance>/python`). */
    root: string;
    /** The interpreter, relative to `root` (POSIX separators). */
    exe: string;
}
/** The interpreter inside an installation prefix, relative to it; undefined when there is none. */
export declare function findInterpreter(root: string): string | undefined;
/**
 * Locates the prefix in an extraction dir: `python/install` (full), `python`, the dir itself, or its one
 * top directory (PyPy's and GraalPy's release layout).
 */
export declare function locatePython(extracted: string): PythonLocation | undefined;
/**
 * The PATH entries that make an installation's commands runnable without a venv (setup-python's choice):
 * the interpreter's directory, and on Windows also `Scripts`, where pip and entry points of packages
 * installed into the base interpreter land.
 */
export declare function interpreterPathEntries(pythonPath: string): string[];
