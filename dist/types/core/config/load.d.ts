import { type KeySpec } from './keys.js';
import type { OptionKey, PythonEmbeddedOptions } from './options.js';
/** Where one option's value came from. `name` is the flag, the env var or the config file path. */
export type ConfigSource = 
/** `label` replaces "flag <name>" in messages (the action says "input mirror"). */
{
    kind: 'flag';
    name: string;
    label?: string;
} | {
    kind: 'env';
    name: string;
} | {
    kind: 'file';
    name: string;
} | {
    kind: 'default';
};
export interface LoadConfigInput {
    /** Values from CLI flags (or the library caller), by option key; undefined = not given. */
    flags?: Partial<Record<OptionKey, unknown>>;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    /** Explicit config file (`--config`); beats `PYEMBED_CONFIG` and the cwd lookup. */
    configFile?: string;
    /** How a `flags` value is named in errors and `config show` (default `flag --<name>`), e.g. `input mirror`. */
    describeFlag?: (key: OptionKey, flag: string) => string;
}
export interface LoadedConfig {
    options: PythonEmbeddedOptions;
    sources: Record<OptionKey, ConfigSource>;
    /** The config file read, if any. */
    file?: string;
}
export declare const CONFIG_FILE_NAMES: string[];
export declare function describeSource(s: ConfigSource): string;
/** The config file to read: explicit, then `PYEMBED_CONFIG`, then `pyembed.json` / `.pyembedrc.json` in cwd. */
export declare function findConfigFile(cwd: string, env: NodeJS.ProcessEnv, explicit?: string): string | undefined;
/** Reads a config file: a JSON object whose keys are option names (`indexUrl`) or flag names (`index-url`). */
export declare function readConfigFile(file: string): Map<KeySpec, unknown>;
/**
 * Resolves every option: flag > env > config file > default. An invalid value is a ConfigurationError
 * naming the key and where it came from. Only the value actually used is validated, so a flag can
 * override a broken environment variable. Empty env vars count as unset (runners export empty inputs).
 */
export declare function loadConfig(input?: LoadConfigInput): LoadedConfig;
/** Masks a secret for display: never the token itself, only whether one is set. */
export declare function maskSecret(value: string | undefined): string | undefined;
/** What `pyembed config show` prints: every key with its value (secrets masked) and source. */
export declare function describeConfig(loaded: LoadedConfig): {
    file?: string;
    options: Record<string, {
        value: unknown;
        source: string;
        env: string[];
        flag: string;
    }>;
};
