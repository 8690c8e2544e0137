/**
 * PEP 508-shaped package specifications, checked before anything reaches uv's command line.
 * Accepted: `name`, `name[extra,...]`, version specifiers (`==1.2`, `>=1,<2`, `~=1.4`, `(>=1)`),
 * `name @ https://...` direct references, and `; marker` suffixes. Refused: anything starting with `-`
 * (it would be an option), control characters, bare paths, and any text outside the grammar.
 */
export interface ParsedSpec {
    /** The name as written. */
    name: string;
    /** PEP 503 normalised name (lower-case, runs of `-_.` -> `-`). */
    normalizedName: string;
    extras: string[];
    /** e.g. `>=1.0,<2`, '' when absent. */
    specifier: string;
    url?: string;
    marker?: string;
}
export declare function normalizePackageName(name: string): string;
/** Parses and validates one requirement; throws InvalidPackageSpecificationError. */
export declare function parsePackageSpec(spec: string): ParsedSpec;
/** Synchronous validator (the reference's ValidatePackageSpecification). */
export declare function isValidPackageSpec(spec: string): boolean;
/** Bare distribution names (uninstall, show, downgrade). */
export declare function validatePackageName(name: string): string;
/** A single version (downgrade target, metadata lookup). */
export declare function validateVersion(version: string): string;
/** Extras / dependency-group names in pyproject installs. */
export declare function validateExtraName(kind: 'extra' | 'group', name: string): string;
