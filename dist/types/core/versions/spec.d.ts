import type { BuildVariant, Implementation } from '../catalog/types.js';
import { type Specifier } from './specifiers.js';
import { type PreKind } from './version.js';
export interface Prerelease {
    kind: PreKind;
    n: number;
}
export type VersionRequest = {
    kind: 'any';
} | {
    kind: 'major';
    major: number;
} | {
    kind: 'minor';
    major: number;
    minor: number;
} | {
    kind: 'patch';
    major: number;
    minor: number;
    patch: number;
}
/** `3.13rc1`: a prerelease of major.minor, which CPython only ships as `.0` (3.13.0rc1). */
 | {
    kind: 'minor-pre';
    major: number;
    minor: number;
    pre: Prerelease;
}
/** `3.13.0rc1`, `3.14.5rc1`: the written patch is part of the request (exact is exact). */
 | {
    kind: 'patch-pre';
    major: number;
    minor: number;
    patch: number;
    pre: Prerelease;
} | {
    kind: 'range';
    specifiers: Specifier[];
};
/** uv's `PythonVariant`: `gil` is an explicit "not free-threaded" and matches the default build. */
export type VariantRequest = 'default' | 'gil' | 'freethreaded' | 'debug' | 'freethreaded+debug' | 'gil+debug';
/** Platform parts named by a key-form spec (`cpython-3.12-linux-aarch64-musl`). */
export interface PlatformRequest {
    os?: 'linux' | 'darwin' | 'windows';
    arch?: string;
    archVariant?: string;
    libc?: string;
}
export interface PythonRequest {
    /** The text as given (trimmed). */
    text: string;
    /** How it was written: a bare version, `cpython@...`/`cp312`, a download key, or `latest`/`any`. */
    form: 'default' | 'version' | 'implementation' | 'key';
    implementation: Implementation;
    version: VersionRequest;
    variant: VariantRequest;
    platform?: PlatformRequest;
    /** PyPy's/GraalPy's own release as a prefix (`7.3.17`, `24.1`), from setup-python's spellings. */
    release?: string;
    /** setup-python's `3.13-dev`: the newest 3.13, prereleases included. */
    prereleases?: boolean;
}
export declare const ACCEPTED_FORMS: string[];
/** The catalogue variant a request selects (`gil` = the default build). */
export declare function buildVariantOf(v: VariantRequest): BuildVariant | undefined;
/** uv's `VersionRequest::from_str`; undefined when the text is not a version request at all. */
export declare function parseVersionRequest(text: string): {
    version: VersionRequest;
    variant: VariantRequest;
} | undefined;
/** Parses a Python spec. Throws `InvalidPythonVersionError` (listing the accepted forms) on bad text. */
export declare function parsePythonRequest(input: string): PythonRequest;
/** Whether a request opts in to prereleases by itself (uv: only when it names one). */
export declare function requestAllowsPrereleases(req: PythonRequest): boolean;
/** The requested (major, minor) when the request names one; used to rank "nearest" versions. */
export declare function requestedMinor(req: PythonRequest): [number, number] | undefined;
