/**
 * The child's environment: process.env merged with `env` (default) or `env` alone ('replace').
 * A value of `undefined` removes a variable; `defaults` apply only where neither side set one.
 */
export declare function buildChildEnv(env: Record<string, string | undefined> | undefined, mode?: 'merge' | 'replace', defaults?: Record<string, string>): NodeJS.ProcessEnv;
