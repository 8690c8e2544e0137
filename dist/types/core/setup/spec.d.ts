/**
 * The default spec, and why: the explicit spec (the last of several); else the given version file; else a
 * version file in cwd only, never its parents (`.python-version`, `.python-versions`, `.tool-versions`, pyproject, Pipfile); else
 * the default.
 */
export declare function chooseSpec(o: ChooseSpecOptions): Promise<RequestedPython>;
export interface RequestedPython {
    spec: string;
    /** Why it was chosen: `input`, a version file's path, `default`... */
    source: string;
}
export interface ChooseSpecOptions {
    /** One spec, several lines (one spec each, like setup-python's multi-line input), or a list. */
    python?: string | string[];
    pythonSource?: string;
    pythonVersionFile?: string;
    defaultPython?: string;
    cwd: string;
}
/**
 * Every Python to install, in install order; the last is the default (setup-python's rule for several
 * lines); duplicates are dropped. Only given specs can be several: a version file gives its own default
 * (its first, as uv reads it), never its whole list.
 */
export declare function chooseSpecs(o: ChooseSpecOptions): Promise<RequestedPython[]>;
