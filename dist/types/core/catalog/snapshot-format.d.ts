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
}
export declare const DEFAULT_URL_BASE = "https://github.com/astral-sh/python-build-standalone/releases/download";
export declare function buildKey(b: Pick<PythonBuild, 'version' | 'variant' | 'platform'>): string;
export declare function assetUrl(urlBase: string, build: string, assetName: string): string;
/** Builds one PythonBuild from an asset name; undefined for names the parser rejects. */
export declare function buildFromAsset(assetName: string, tag: string, urlBase: string, sha256?: string): PythonBuild | undefined;
export declare function encodeSnapshot(entries: {
    assetName: string;
    version: string;
    build: string;
    sha256?: string | null;
}[], origin: SnapshotOrigin, urlBase?: string): SnapshotFile;
export declare function decodeSnapshot(file: SnapshotFile): PythonBuild[];
