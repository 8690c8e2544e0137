/**
 * sha256 of uv release archives that ship with the product: for a version listed here the archive must
 * have exactly this checksum, whatever the download base (a mirror) publishes next to it, so a mirror
 * cannot swap uv. Versions not listed fall back to the release's `<asset>.sha256` companion.
 *
 * Values must come from astral-sh/uv's own release (`<asset>.sha256` on github.com, or its `dist-manifest.json`),
 * never from a mirror. Keyed by version, then by asset name (`uv-<triple>.tar.gz` / `.zip`).
 */
export type UvChecksumTable = Readonly<Record<string, Readonly<Record<string, string>>>>;
export declare const SHIPPED_UV_CHECKSUMS: UvChecksumTable;
/** The shipped sha256 of `<version>/<assetName>`, or undefined when the table does not list it. */
export declare function shippedUvSha256(version: string, assetName: string, table?: UvChecksumTable): string | undefined;
