import { type UvVersionRequest } from './version-request.js';
/** A project's `required-version` for uv and the file that says it. */
export interface RequiredUvVersion {
    request: UvVersionRequest;
    file: string;
}
/** Where uv keeps `required-version`: top level in `uv.toml`, under `[tool.uv]` in `pyproject.toml`. */
export interface UvConfigFile {
    'required-version'?: unknown;
    tool?: {
        uv?: {
            'required-version'?: unknown;
        };
    };
}
/** The raw `required-version` value of a parsed uv.toml / pyproject.toml (unchecked). */
export declare function requiredVersionField(doc: UvConfigFile, isPyproject: boolean): unknown;
/**
 * The first `required-version` found in `dirs` (in order): a directory's `uv.toml`, else its pyproject's
 * `[tool.uv]` — uv's own precedence within one directory. A file that is not TOML is passed over (as
 * setup-uv does: installing the project reports it, if it is installed at all); a value that is no uv
 * version request is a ConfigurationError: the project asked for a uv this product must not guess at.
 */
export declare function projectRequiredUvVersion(dirs: string[]): RequiredUvVersion | undefined;
