import type { Platform } from '../platform.js';
/** `freethreaded`, `debug`, `freethreaded+debug`, or undefined for the default build. */
export type BuildVariant = 'freethreaded' | 'debug' | 'freethreaded+debug';
/** Archive flavours PBS publishes; `install_only_stripped` is the default. */
export type ArchiveFlavor = 'install_only_stripped' | 'install_only' | 'full';
/** PBS publishes tar.gz/tar.zst; PyPy publishes tar.bz2 (zip on Windows), GraalPy tar.gz (zip on Windows). */
export type ArchiveFormat = 'tar.gz' | 'tar.zst' | 'tar.bz2' | 'zip';
/** The Python implementations the catalogue holds (uv's names). */
export type Implementation = 'cpython' | 'pypy' | 'graalpy';
/** One downloadable PBS build: what the resolver returns and the installer consumes. */
export interface PythonBuild {
    /**
     * uv's key: `cpython-3.12.5-linux-x86_64-gnu`, `cpython-3.13.1+freethreaded-linux-x86_64-gnu`,
     * `pypy-3.10.16-linux-x86_64-gnu`.
     */
    key: string;
    /** Set for PyPy and GraalPy rows; absent means CPython from python-build-standalone. */
    implementation?: Exclude<Implementation, 'cpython'>;
    /** Full version text, e.g. `3.12.5`, `3.13.0rc1`. */
    version: string;
    major: number;
    minor: number;
    patch: number;
    /** `a7`, `rc1`, ... or undefined for a final release. */
    prerelease?: string;
    variant?: BuildVariant;
    platform: Platform;
    /** PBS release tag (build date), e.g. `20250814`; for PyPy/GraalPy their own release (`7.3.19`, `25.0.1`). */
    build: string;
    flavor: ArchiveFlavor;
    format: ArchiveFormat;
    /** Asset file name as published (decoded: `+`, not `%2B`). */
    assetName: string;
    /** Canonical download URL (github.com release download). A mirror rewrites only its base. */
    url: string;
    /** Expected sha256 (hex), when the catalogue knows it. */
    sha256?: string;
    /** Which catalogue source produced this row (for logs and the job summary). */
    source?: CatalogSourceName;
}
/**
 * Where a resolved build's row came from (set by the catalog; absent on hand-made builds). `downloads`: the
 * user's downloads file (`pythonDownloadsJsonUrl`), whose rows are fetched from their own URL.
 */
export type CatalogSourceName = 'snapshot' | 'ndjson' | 'github' | 'downloads';
