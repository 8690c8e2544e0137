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
