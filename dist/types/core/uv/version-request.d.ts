export type UvVersionRequest = {
    kind: 'exact';
    version: string;
    text: string;
} | {
    kind: 'latest';
    text: string;
} | {
    kind: 'range';
    text: string;
    /** Whether a release version satisfies the range (prereleases only when the range names one). */
    contains: (version: string) => boolean;
};
/** Parses a uv version request; undefined when the text is none of the accepted forms. */
export declare function tryParseUvVersionRequest(raw: string): UvVersionRequest | undefined;
/** Parses a uv version request, or throws a ConfigurationError naming where it came from. */
export declare function parseUvVersionRequest(raw: string, source?: string): UvVersionRequest;
/** The request as an exact version when it needs no releases list: an exact one, or the pinned uv in range. */
export declare function exactWithoutLookup(req: UvVersionRequest, preferPinned: boolean): string | undefined;
/** The exact version a request (default: the pinned uv) pins, or undefined for `latest` and ranges. */
export declare function pinnedUvVersion(request: string | undefined): string | undefined;
