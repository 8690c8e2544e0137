import type { Implementation } from '../catalog/types.js';
/**
 * How setup-python spells an installed version in its `python-version` output: CPython as is (`3.12.5`),
 * PyPy with its name before the language version (`pypy3.10.16`), GraalPy with its own release
 * (`graalpy24.2.2`).
 */
export declare function versionLabel(b: {
    implementation?: Implementation;
    version: string;
    build: string;
}): string;
/** An instance directory name: implementation, then only characters that are safe in one path segment. */
export declare const INSTANCE_NAME_SAFE: RegExp;
