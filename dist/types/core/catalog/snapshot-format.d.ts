import { type ParsedAsset } from './asset-name.js';
import type { PythonBuild } from './types.js';
export interface SnapshotOrigin {
    /** Where the rows came from, e.g. uv's `crates/uv-python/download-metadata.json`. */
    source: string;
    /** sha256 of the input file, so a reviewer can tell which copy produced this snapshot. */
    sourceSha256: string;
    /** Newest PBS release tag in the data. */
    newestBuild: string;
    /** When the snapshot was written (ISO date). */
    generatedAt: string;
}
export interface SnapshotFile {
    schema: 1;
    origin: SnapshotOrigin;
    /** `<urlBase>/<build>/<asset, + as %2B>` is each row's URL. */
    urlBase: string;
    count: number;
    strings: string[];
    /** [template, version, build, sha256-or--1] */
    rows: [number, number, number, number][];
    /**
     * PyPy and GraalPy rows (not on the PBS release URLs): [uv key, full URL, own release, sha256-or--1].
     * Few (dozens), so stored whole; absent in snapshots written before they were kept.
     */
    others?: [number, number, number, number][];
}
export interface OtherEntry {
    key: string;
    url: string;
    build: string;
    sha256?: string | null;
}
export declare const DEFAULT_URL_BASE = "https://github.com/astral-sh/python-build-standalone/releases/download";
export declare function buildKey(b: Pick<PythonBuild, 'version' | 'variant' | 'platform'>): string;
export declare function assetUrl(urlBase: string, build: string, assetName: string): string;
/** One PythonBuild from a parsed asset name: the one place every catalogue source builds its rows. */
export declare function pythonBuildOf(a: ParsedAsset, url: string, sha256?: string, source?: PythonBuild['source']): PythonBuild;
/** Builds one PythonBuild from an asset name; undefined for names the parser rejects. */
export declare function buildFromAsset(assetName: string, tag: string, urlBase: string, sha256?: string): PythonBuild | undefined;
export declare function encodeSnapshot(entries: {
    assetName: string;
    version: string;
    build: string;
    sha256?: string | null;
}[], origin: SnapshotOrigin, urlBase?: string, otherEntries?: OtherEntry[]): SnapshotFile;
/** One PyPy/GraalPy row from its uv key and URL; undefined when either has an unknown shape. */
export declare function otherBuildOf(e: OtherEntry): PythonBuild | undefined;
/**
 * A snapshot opened for decoding: each asset template is parsed once (a few hundred regex runs), rows
 * are decoded into PythonBuild objects only when asked. Decoding all ~5,500 rows (and hex-converting
 * their checksums) costs tens of ms and MBs of garbage; a resolve needs one platform's few hundred.
 */
export declare class SnapshotReader {
    readonly file: SnapshotFile;
    private readonly shapes;
    private readonly versions;
    private others?;
    constructor(file: SnapshotFile);
    /** The parsed shape of a template (platform, variant, flavour, format), shared by all its rows. */
    shape(t: number): ParsedAsset | undefined;
    /**
     * Indexes of the rows whose template's shape passes `test` (and whose version text passes `version`), in
     * file order; no row is decoded, each distinct template and version is tested once.
     */
    rowsWhere(test: (shape: ParsedAsset) => boolean, version?: (text: string) => boolean): number[];
    /**
     * The PyPy/GraalPy rows (few; decoded whole, once), or only those whose version text (from the uv key)
     * passes `version` (decoded each time: a resolve asks for one version's).
     */
    decodeOthers(version?: (text: string) => boolean): PythonBuild[];
    /** Decodes the given rows (default: all), in the order given; rows the parser rejects are left out. */
    decode(indexes?: Iterable<number>): PythonBuild[];
}
export declare function decodeSnapshot(file: SnapshotFile): PythonBuild[];
