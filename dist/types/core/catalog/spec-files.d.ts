export interface SpecFromFile {
    /** The spec to resolve: the file's default (its first). */
    spec: string;
    /** The file it came from (absolute path). */
    source: string;
    /** Every spec the file lists, in file order (several for `.python-version(s)`, `.tool-versions`). */
    specs: string[];
}
/** Searched in this order in the working directory. */
export declare const SPEC_FILES: readonly [".python-version", ".python-versions", ".tool-versions", "pyproject.toml", "Pipfile"];
/**
 * The lines of an action's multi-line `python-version` input (comments and blanks dropped); setup-python
 * makes the last one the default.
 */
export declare function specsFromLines(text: string): {
    specs: string[];
    defaultSpec?: string;
};
/** Parses one spec file by its name; an empty list when it names no Python version. */
export declare function specsFromText(fileName: string, body: string): string[];
/** Reads an explicit spec file (the action's `python-version-file`). */
export declare function readSpecFile(file: string): Promise<SpecFromFile | undefined>;
/**
 * The first of SPEC_FILES in `dir` that names a version; parents are not searched. A found file that does not
 * parse is passed over like one naming nothing (as setup-uv does): it was not asked for, and the tool it
 * belongs to reports it; a file given explicitly (`readSpecFile`) still fails.
 */
export declare function findSpecFromFiles(dir: string): Promise<SpecFromFile | undefined>;
