/**
 * sha256 of uv release archives that ship with the product: for a version listed here the archive must
 * have exactly this checksum, whatever the download base (a mirror) publishes next to it, so a mirror
 * cannot swap uv. Versions not listed fall back to the release's `<asset>.sha256` companion.
 *
 * Values must come from astral-sh/uv's own release (`<asset>.sha256` on github.com, or its `dist-manifest.json`),
 * never from a mirror. Keyed by version, then by asset name (`uv-<triple>.tar.gz` / `.zip`).
 */
export type UvChecksumTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

// Empty: the pinned 0.13.9's values are in no public copy available here (astral-sh/setup-uv's
// known-checksums list, itself astral's release `.sha256` files, stops at 0.12.x in every stored version);
// add them from the release's `.sha256` files, all triples, when they can be read.
export const SHIPPED_UV_CHECKSUMS: UvChecksumTable = {};

/** The shipped sha256 of `<version>/<assetName>`, or undefined when the table does not list it. */
export function shippedUvSha256(
  version: string,
  assetName: string,
  table: UvChecksumTable = SHIPPED_UV_CHECKSUMS,
): string | undefined {
  return table[version]?.[assetName]?.toLowerCase();
}
