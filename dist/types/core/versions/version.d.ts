/**
 * PEP 440 versions, reduced to what CPython releases use: a release tuple and an optional
 * pre-release (a/b/rc), plus dev/post so specifiers like `>=3.12.0.dev0` still parse.
 * Order is numeric per component (3.14 > 3.9) and `3.13.0rc1 < 3.13.0` — never string order.
 */
export type PreKind = 'a' | 'b' | 'rc';
export interface Version {
    release: number[];
    pre?: {
        kind: PreKind;
        n: number;
    };
    post?: number;
    dev?: number;
}
/** Parses `3.12.5`, `3.13.0rc1`, `3.15.0a7`, `312` (kept as one component). Undefined if not PEP 440. */
export declare function parseVersion(text: string): Version | undefined;
export declare function formatVersion(v: Version): string;
export declare function compareRelease(a: number[], b: number[]): number;
/** Total PEP 440 order: negative when a < b. */
export declare function compareVersions(a: Version, b: Version): number;
export declare function isPrerelease(v: Version): boolean;
/** Compares two version strings; throws on text that is not a version. */
export declare function compareVersionText(a: string, b: string): number;
