/**
 * Which spec to install, and why: the explicit spec; else the given version file; else a version file
 * in cwd only, never its parents (`.python-version`, `.python-versions`, `.tool-versions`, pyproject, Pipfile); else the default.
 */
export declare function chooseSpec(o: {
    python?: string;
    pythonSource?: string;
    pythonVersionFile?: string;
    defaultPython?: string;
    cwd: string;
}): Promise<{
    spec: string;
    source: string;
}>;
