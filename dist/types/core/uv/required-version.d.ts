import { type UvVersionRequest } from './version-request.js';
/** A project's `required-version` for uv and the file that says it. */
export interface RequiredUvVersion {
    request: UvVersionRequest;
    file: string;
}
/**
 * The first `required-version` found in `dirs` (in order): a directory's `uv.toml`, else its pyproject's
 * `[tool.uv]` — uv's own precedence within one directory. A file that is not TOML is passed over (as
 * setup-uv does: installing the project reports it, if it is installed at all); a value that is no uv
 * version request is a ConfigurationError: the project asked for a uv this product must not guess at.
 */
export declare function projectRequiredUvVersion(dirs: string[]): RequiredUvVersion | undefined;
