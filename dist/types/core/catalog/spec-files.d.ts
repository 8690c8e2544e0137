export interface SpecFromFile {
    /** The spec to resolve (the first one when the file lists several). */
    spec: string;
    /** The file it came from (absolute path). */
    source: string;
    /** Every spec the file lists (`.python-versions`, `.tool-versions` may list several). */
    specs: string[];
}
export declare const SPEC_FILES: readonly [".python-version", ".python-versions", ".tool-versions", "pyproject.toml"];
/** Parses one spec file by its name; undefined when it names no Python version. */
export declare function specsFromText(fileName: string, text: string): string[];
/** Reads an explicit spec file (the action's `python-version-file`). */
export declare function readSpecFile(file: string): Promise<SpecFromFile | undefined>;
/** Searches `dir` and its parents for a spec file; the nearest directory wins, then SPEC_FILES order. */
export declare function findSpecFromFiles(dir: string): Promise<SpecFromFile | undefined>;
