/**
 * PyPy and GraalPy requests: uv's grammar (`pypy`, `pypy3`, `pypy@3.10`, `pypy3.10`, `pp310`,
 * `graalpy@3.11`, `gp311`) plus setup-python's spellings (`pypy-3.10`, `pypy3.10-v7.3.17`,
 * `pypy3.10-v7.3.x`, `graalpy-24.1`). setup-python's `-vX.Y.Z` names PyPy's own release, and a
 * `graalpy-<major>=20>...` names GraalPy's own release (24.1), not a Python version.
 * Pure: the caller passes its version parser (spec.ts), so there is no import cycle.
 */
import type { Implementation } from '../catalog/types.js';
import type { VariantRequest, VersionRequest } from './spec.js';
export interface ImplementationRequest {
    implementation: Exclude<Implementation, 'cpython'>;
    version: VersionRequest;
    variant: VariantRequest;
    /** The implementation's own release, as a prefix: `7.3.17`, `7.3` (from `7.3.x`), `24.1`. */
    release?: string;
}
type VersionParser = (text: string) => {
    version: VersionRequest;
    variant: VariantRequest;
} | undefined;
/** Does a catalogue row's own release (`7.3.19`) match a requested prefix (`7.3`, `7.3.19`)? */
export declare function releaseMatches(build: string, prefix: string | undefined): boolean;
/**
 * Parses a lower-cased request naming PyPy or GraalPy; undefined when it names neither; `'invalid'`
 * when it names one but the rest is not a version.
 */
export declare function parseImplementationRequest(lower: string, parseVersion: VersionParser): ImplementationRequest | 'invalid' | undefined;
export {};
