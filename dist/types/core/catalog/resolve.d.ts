import { type Platform } from '../platform.js';
import { type PythonRequest } from '../versions/spec.js';
import { type Version } from '../versions/version.js';
import type { ArchiveFlavor, Implementation, PythonBuild } from './types.js';
export interface ResolveOptions {
    /** Target platform; default: the host (gnu vs musl detected). */
    platform?: Platform;
    /** PBS release tag (`20250814`) to pin. */
    build?: string;
    /** Archive flavour; default `install_only_stripped` (or `install_only` for releases before it existed). */
    flavor?: ArchiveFlavor;
    /** Also ask the network source for a newer release than the snapshot knows (catalog only). */
    checkLatest?: boolean;
    /** Same as a `t` suffix on the spec. */
    freethreaded?: boolean;
    /**
     * `false`: a request that names no prerelease never resolves to one, even when nothing final matches
     * (setup-python's `allow-prereleases: false`). Default: uv's rule, a prerelease when no final matches.
     */
    allowPrereleases?: boolean;
}
export interface ListOptions extends ResolveOptions {
    /** Which implementation to list; default CPython. */
    implementation?: Implementation;
    /** Every variant and every build, not just the newest default build per version. */
    all?: boolean;
}
/** First PBS release with `install_only_stripped` archives; earlier releases only have `install_only`. */
export declare const STRIPPED_SINCE = "20240726";
/** The index's grouping: one list of rows per OS, architecture family and libc. */
export declare const familyKey: (p: Pick<Platform, "os" | "arch" | "libc">) => string;
/** x86-64 microarchitecture level of an arch variant (`v3` -> 3); 1 for the baseline. */
export declare const ARCH_LEVEL: (v: string | undefined) => number;
/** The effective platform: key-form spec parts > given platform > host. */
export declare function targetPlatform(req: PythonRequest | undefined, given?: Platform): Platform;
/** Picks the archive of one build (same version/platform/variant/release) in the wanted flavour. */
export declare function chooseFlavor(group: PythonBuild[], wanted: ArchiveFlavor | undefined): PythonBuild | undefined;
export interface Resolution {
    build: PythonBuild;
    request: PythonRequest;
    platform: Platform;
}
/**
 * The builds of one family key (see familyKey) up to a microarchitecture level (see ARCH_LEVEL); with
 * `version`, only those whose version passes it (a source may then leave the others undecoded).
 */
export type FamilyBuilds = (key: string, maxLevel: number, version?: (v: Version) => boolean) => PythonBuild[];
/** An indexed, immutable set of catalogue rows. Building the index is lazy and happens once. */
export declare class BuildIndex {
    private readonly source;
    private readonly family?;
    private byFamily?;
    private readonly someFamilies;
    private readonly askedOnce;
    /**
     * `family`, when given, yields one family's builds on its own: a resolve for one platform then decodes
     * and indexes only the rows of the versions it asks for; `source` (everything) is read only when all of
     * it is needed.
     */
    constructor(source: () => PythonBuild[], family?: FamilyBuilds | undefined);
    static of(builds: PythonBuild[]): BuildIndex;
    private families;
    /** A family's rows up to a level, sorted (not filtered by level when the full index exists). */
    private familyRows;
    get size(): number;
    /** Every build of the index (in family order). */
    all(): PythonBuild[];
    platforms(): string[];
    hasBuild(tag: string): boolean;
    /**
     * Rows for a platform, any microarchitecture level up to the requested one, best level first per version.
     * With `version`, the first request for a family asks its source for only the rows of the versions that
     * pass it (a one-shot process resolves once); a later one reads the whole family, indexed once and kept.
     */
    private rowsFor;
    /** Resolves a spec (text or parsed) to one build, or undefined when nothing matches. */
    find(spec: string | PythonRequest, o?: ResolveOptions): Resolution | undefined;
    /** Like find, but throws the error a user should see (nearest versions, available platforms). */
    resolve(spec: string | PythonRequest, o?: ResolveOptions): PythonBuild;
    noMatchError(request: PythonRequest, o?: ResolveOptions): Error;
    /** Only prereleases match and they are not allowed: say so, and how to allow them. */
    private onlyPrereleasesError;
    /** No PyPy/GraalPy build at all for a platform (musl, armv7...): name the platforms that have one. */
    private noImplementationError;
    /** Versions available for a platform, newest first (one entry per version unless `all`). */
    list(o?: ListOptions): PythonBuild[];
}
