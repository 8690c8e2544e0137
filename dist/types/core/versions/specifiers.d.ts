/**
 * PEP 440 version specifiers (`>=3.11,<3.13`, `~=3.12.0`, `==3.12.*`, `!=3.12.4`), the form used by
 * ranges in a spec and by `requires-python`. Prerelease filtering is the caller's job (see match.ts),
 * except for the `<V` rule that PEP 440 builds into the operator itself.
 */
import { type Version } from './version.js';
export type Operator = '==' | '!=' | '<=' | '>=' | '<' | '>' | '~=' | '===';
export interface Specifier {
    op: Operator;
    /** The version operand; for `==3.12.*` / `!=3.12.*` it is `3.12` with `star` set. */
    version: Version;
    star: boolean;
    text: string;
}
/** Parses one comma-separated specifier set; undefined when any clause is not valid PEP 440. */
export declare function parseSpecifiers(text: string): Specifier[] | undefined;
export declare function specifierContains(s: Specifier, v: Version): boolean;
export declare function specifiersContain(specs: Specifier[], v: Version): boolean;
/** Whether any operand names a prerelease (`>=3.14.0a1`): then prereleases are wanted, as in PEP 440. */
export declare function specifiersMentionPrerelease(specs: Specifier[]): boolean;
