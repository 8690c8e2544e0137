import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { InvalidValue, KEYS, KEY_BY_NAME, flagAttribute, type KeySpec } from './keys.js';
import type { OptionKey, PythonEmbeddedOptions } from './options.js';

/** Where one option's value came from. `name` is the flag, the env var or the config file path. */
export type ConfigSource =
  /** `label` replaces "flag <name>" in messages (the action says "input mirror"). */
  | { kind: 'flag'; name: string; label?: string }
  | { kind: 'env'; name: string }
  | { kind: 'file'; name: string }
  | { kind: 'default' };

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

export const CONFIG_FILE_NAMES = ['pyembed.json', '.pyembedrc.json'];

export function describeSource(s: ConfigSource): string {
  switch (s.kind) {
    case 'flag':
      return s.label ?? `flag ${s.name}`;
    case 'env':
      return `env ${s.name}`;
    case 'file':
      return `config file ${s.name}`;
    default:
      return 'default';
  }
}

/** The config file to read: explicit, then `PYEMBED_CONFIG`, then `pyembed.json` / `.pyembedrc.json` in cwd. */
export function findConfigFile(cwd: string, env: NodeJS.ProcessEnv, explicit?: string): string | undefined {
  const named = explicit ?? (env.PYEMBED_CONFIG || undefined);
  if (named) {
    const file = path.resolve(cwd, named);
    if (!existsSync(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: 'config',
        source: explicit ? 'flag --config' : 'env PYEMBED_CONFIG',
        requested: file,
        hint: 'Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it.',
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => path.join(cwd, n)).find((f) => existsSync(f));
}

/** Reads a config file: a JSON object whose keys are option names (`indexUrl`) or flag names (`index-url`). */
export function readConfigFile(file: string): Map<KeySpec, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigurationError(`Config file ${file} is not valid JSON: ${(e as Error).message}`, {
      source: `config file ${file}`,
      requested: file,
      hint: 'Fix the JSON syntax or remove the file.',
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigurationError(`Config file ${file} must hold a JSON object.`, {
      source: `config file ${file}`,
      requested: file,
    });
  }
  const out = new Map<KeySpec, unknown>();
  for (const [name, value] of Object.entries(data)) {
    if (name === '$schema') continue;
    const spec = KEY_BY_NAME.get(name) ?? KEY_BY_NAME.get(flagAttribute(`--${name}`));
    if (!spec) {
      throw new ConfigurationError(`Unknown key "${name}" in config file ${file}.`, {
        key: name,
        source: `config file ${file}`,
        available: KEYS.map((k) => k.key),
      });
    }
    if (value !== null && value !== undefined) out.set(spec, value);
  }
  return out;
}

/**
 * Resolves every option: flag > env > config file > default. An invalid value is a ConfigurationError
 * naming the key and where it came from. Only the value actually used is validated, so a flag can
 * override a broken environment variable. Empty env vars count as unset (runners export empty inputs).
 */
export function loadConfig(input: LoadConfigInput = {}): LoadedConfig {
  const env = input.env ?? process.env;
  const cwd = path.resolve(input.cwd ?? process.cwd());
  const file = findConfigFile(cwd, env, input.configFile);
  const fileValues = file ? readConfigFile(file) : new Map<KeySpec, unknown>();
  const options: Partial<PythonEmbeddedOptions> = {};
  const sources = {} as Record<OptionKey, ConfigSource>;

  for (const spec of KEYS) {
    let raw: unknown;
    let source: ConfigSource = { kind: 'default' };
    let baseDir = cwd;
    const flagValue = input.flags?.[spec.key];
    const envName = spec.env.find((n) => env[n] !== undefined && env[n] !== '');
    if (flagValue !== undefined && !(Array.isArray(flagValue) && flagValue.length === 0)) {
      raw = flagValue;
      source = {
        kind: 'flag',
        name: spec.flag,
        ...(input.describeFlag ? { label: input.describeFlag(spec.key, spec.flag) } : {}),
      };
    } else if (envName) {
      raw = env[envName];
      source = { kind: 'env', name: envName };
    } else if (fileValues.has(spec)) {
      raw = fileValues.get(spec);
      source = { kind: 'file', name: file as string };
      baseDir = path.dirname(file as string); // relative paths in a file are relative to the file
    }
    let value: unknown;
    if (source.kind === 'default') {
      value = spec.fallback?.(options, env);
    } else {
      try {
        value = spec.parse(raw, { baseDir });
      } catch (e) {
        if (!(e instanceof InvalidValue)) throw e;
        const where = describeSource(source);
        throw new ConfigurationError(`Invalid value for "${spec.key}" from ${where}: ${e.message}.`, {
          key: spec.key,
          source: where,
          requested: spec.secret ? '***' : String(raw),
          hint: `Fix ${where} (${spec.describe}).`,
        });
      }
    }
    if (value !== undefined) (options as Record<string, unknown>)[spec.key] = value;
    sources[spec.key] = source;
  }
  return { options: options as PythonEmbeddedOptions, sources, file };
}

/** Masks a secret for display: never the token itself, only whether one is set. */
export function maskSecret(value: string | undefined): string | undefined {
  return value === undefined ? undefined : '***';
}

/** What `pyembed config show` prints: every key with its value (secrets masked) and source. */
export function describeConfig(loaded: LoadedConfig): {
  file?: string;
  options: Record<string, { value: unknown; source: string; env: string[]; flag: string }>;
} {
  const out: Record<string, { value: unknown; source: string; env: string[]; flag: string }> = {};
  for (const spec of KEYS) {
    const v = loaded.options[spec.key];
    out[spec.key] = {
      value: spec.secret ? maskSecret(v as string | undefined) : v,
      source: describeSource(loaded.sources[spec.key]),
      env: spec.env,
      flag: spec.flag,
    };
  }
  return { file: loaded.file, options: out };
}
