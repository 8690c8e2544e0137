import { type OptionKey, type PythonEmbeddedOptions } from './options.js';
/** Where a value was read; a relative path is resolved against `baseDir`. */
export interface ParseContext {
    baseDir: string;
}
/** Thrown by a parser: only the reason; the loader adds the key and the source. */
export declare class InvalidValue extends Error {
}
/** One configuration key: its CLI flag, environment variables, parser and default. */
export interface KeySpec {
    key: OptionKey;
    /** CLI flag, e.g. `--github-api-url`. */
    flag: string;
    /** Environment variables, most specific first. */
    env: string[];
    parse(raw: unknown, ctx: ParseContext): unknown;
    /** Default, given the options resolved so far (keys are resolved in table order). */
    fallback?(o: Partial<PythonEmbeddedOptions>, env: NodeJS.ProcessEnv): unknown;
    /** Never printed: `config show` masks it. */
    secret?: boolean;
    describe: string;
    /** Placeholder of the flag's value in --help (`dir`, `url`, `n`...). */
    arg?: string;
}
/** Table order matters: `toolsDir` defaults from `root`. */
export declare const KEYS: KeySpec[];
export declare const KEY_BY_NAME: ReadonlyMap<string, KeySpec>;
/** `--github-api-url` -> `githubApiUrl` (commander's attribute name). */
export declare function flagAttribute(flag: string): string;
