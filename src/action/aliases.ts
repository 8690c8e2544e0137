import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { bool, type GetInput } from './inputs.js';
import { uvVersionFromFile } from './uv-version-file.js';

/** An input name of actions/setup-python or astral-sh/setup-uv accepted in the place of ours. */
export interface InputAlias {
  /** The peer's name. */
  alias: string;
  /** Ours: the one documented; the value is read under this name. */
  canonical: string;
  peer: 'setup-python' | 'setup-uv';
  /**
   * `alias-wins`: the canonical input has a default in action.yml (so it is always "set"); a given alias
   * replaces it. Otherwise setting both to different values is refused.
   */
  both?: 'alias-wins';
}

/** Every alias, in one place (the README's migration tables list the same rows). */
export const ALIASES: readonly InputAlias[] = [
  { alias: 'venv-path', canonical: 'venv', peer: 'setup-uv' },
  { alias: 'version', canonical: 'uv-version', peer: 'setup-uv' },
  // github-token defaults to the runner's token in action.yml: a token given under setup-python's name wins
  { alias: 'token', canonical: 'github-token', peer: 'setup-python', both: 'alias-wins' },
];

export function conflictingInputs(
  a: string,
  av: string,
  b: string,
  bv: string,
  hint: string,
): ConfigurationError {
  return new ConfigurationError(
    `Inputs "${a}" (${JSON.stringify(av)}) and "${b}" (${JSON.stringify(bv)}) are both set and disagree.`,
    { key: a, source: `input ${a}`, requested: `${a}=${av}, ${b}=${bv}`, hint },
  );
}

/**
 * `get` that answers a canonical name with the alias's value when only the alias is given. Both given with
 * different values is a ConfigurationError (which one was meant cannot be guessed), unless the alias wins.
 */
export function withAliases(get: GetInput): GetInput {
  return (name) => {
    const value = get(name);
    const alias = ALIASES.find((a) => a.canonical === name);
    if (!alias) return value;
    const aliasValue = get(alias.alias);
    if (aliasValue === '') return value;
    if (value === '' || value === aliasValue || alias.both === 'alias-wins') return aliasValue;
    throw conflictingInputs(
      name,
      value,
      alias.alias,
      aliasValue,
      `"${alias.alias}" is ${alias.peer}'s name for "${name}": keep one of them.`,
    );
  };
}

const FALSE_WORDS = ['false', 'False', 'FALSE'];
const TRUE_WORDS = ['true', 'True', 'TRUE'];

/**
 * The venv: a directory (`venv`, or setup-uv's `venv-path`), or `false` for none: `venv: false`, or
 * setup-uv's `activate-environment: false`. Turning it off while naming a directory is refused.
 */
export function venvInput(get: GetInput, abs: (p: string) => string): string | false {
  const dir = withAliases(get)('venv');
  const activate = get('activate-environment') === '' ? undefined : bool(get, 'activate-environment', true);
  if (FALSE_WORDS.includes(dir)) {
    if (activate === true) {
      throw conflictingInputs(
        'activate-environment',
        get('activate-environment'),
        'venv',
        dir,
        'activate-environment: true asks for a venv that venv: false turns off; keep one of them.',
      );
    }
    return false;
  }
  if (activate === false) {
    if (dir === '') return false;
    const name = get('venv') ? 'venv' : 'venv-path';
    throw conflictingInputs(
      'activate-environment',
      get('activate-environment'),
      name,
      dir,
      `activate-environment: false means no venv; drop "${name}", or drop activate-environment to use that venv.`,
    );
  }
  return abs(TRUE_WORDS.includes(dir) || dir === '' ? '.venv' : dir);
}

/**
 * The uv version: `uv-version` (or setup-uv's `version`): exact, `latest` or a range; or read from setup-uv's
 * `version-file`. Undefined when neither is given: setup then reads the project's `required-version`.
 */
export function uvVersionInput(get: GetInput, abs: (p: string) => string): string | undefined {
  const version = withAliases(get)('uv-version');
  const file = get('version-file');
  if (file && version) {
    const name = get('uv-version') ? 'uv-version' : 'version';
    throw conflictingInputs(
      name,
      version,
      'version-file',
      file,
      `Give the uv version once: "${name}" or "version-file".`,
    );
  }
  if (file) return uvVersionFromFile(abs(file));
  return version || undefined;
}

/**
 * `python-version-file`; else setup-uv's `version-file` when it is a `.tool-versions` with a python line and
 * no python-version is given: setup-uv takes the Python from the same file.
 */
export function pythonVersionFileInput(get: GetInput, abs: (p: string) => string): string | undefined {
  const given = get('python-version-file');
  if (given) return abs(given);
  const uvFile = get('version-file');
  if (!uvFile || get('python-version') || path.basename(uvFile) !== '.tool-versions') return undefined;
  const file = abs(uvFile);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // reading it for the uv version reports the error
  }
  return /^\s*python\s+\S/m.test(text) ? file : undefined;
}
