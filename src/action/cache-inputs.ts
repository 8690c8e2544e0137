import { ConfigurationError } from '../core/errors.js';
import { bool, invalid, list, opt, type GetInput } from './inputs.js';

/** setup-python's `cache` values: the package manager whose cache it would save; uv's cache serves them all. */
export type PeerPackageManager = 'pip' | 'pipenv' | 'poetry';

/** The cache inputs (ours and setup-python's / setup-uv's names for them), parsed and reconciled. */
export interface CacheInputs {
  /** Restore and save uv's cache at all (`cache` / `enable-cache`). */
  enabled: boolean;
  restore: boolean;
  save: boolean;
  /** `save-cache: true` written out: the only way to save under `pull_request_target`. */
  saveExplicit: boolean;
  /** `uv cache prune --ci` before saving. */
  prune: boolean;
  suffix?: string;
  /** `cache-dependency-glob` (or its alias `cache-dependency-path`); empty = cache-key.ts DEFAULT_DEPENDENCY_GLOBS. */
  dependencyGlobs: string[];
  /** `cache-local-path`: uv's cache directory, as given (resolved by the caller). */
  localPath?: string;
  /** Nothing to save is an info line instead of a warning. */
  ignoreNothingToCache: boolean;
  /** Set when `cache` named a setup-python package manager. */
  packageManager?: PeerPackageManager;
  /** `cache-python`: the installed build in the Actions cache too. */
  python: boolean;
}

const PEER_MANAGERS: PeerPackageManager[] = ['pip', 'pipenv', 'poetry'];

/** `cache`: a boolean, or setup-python's package manager name (= on). Undefined when not given. */
function cacheInput(get: GetInput): { on?: boolean; manager?: PeerPackageManager } {
  const v = get('cache');
  const manager = PEER_MANAGERS.find((m) => m === v.toLowerCase());
  if (manager) return { on: true, manager };
  if (v === '') return {};
  try {
    return { on: bool(get, 'cache', true) };
  } catch {
    throw invalid(
      'cache',
      v,
      `"${v}" is not a boolean or pip, pipenv, poetry`,
      'Use true, false, pip, pipenv or poetry.',
    );
  }
}

/** `enable-cache` (setup-uv): true, false or auto (= follow `cache`). Undefined for auto/empty. */
function enableCacheInput(get: GetInput): boolean | undefined {
  const v = get('enable-cache');
  if (v === '' || v.toLowerCase() === 'auto') return undefined;
  try {
    return bool(get, 'enable-cache', true);
  } catch {
    throw invalid('enable-cache', v, `"${v}" is not true, false or auto`, 'Use true, false or auto.');
  }
}

function conflict(a: string, av: string, b: string, bv: string): ConfigurationError {
  return new ConfigurationError(`Inputs "${a}: ${av}" and "${b}: ${bv}" contradict each other.`, {
    key: a,
    source: `input ${a}`,
    requested: `${a}=${av}, ${b}=${bv}`,
    hint: `Set only one of "${a}" and "${b}" (${b} is the other action's name for the same setting).`,
  });
}

/** Reads the cache inputs; contradicting pairs are refused before any work. */
export function readCacheInputs(get: GetInput): CacheInputs {
  const cache = cacheInput(get);
  const enable = enableCacheInput(get);
  if (cache.on !== undefined && enable !== undefined && cache.on !== enable) {
    throw conflict('cache', get('cache'), 'enable-cache', get('enable-cache'));
  }
  const globs = list(get, 'cache-dependency-glob');
  const paths = list(get, 'cache-dependency-path');
  if (globs.length && paths.length && globs.join('\n') !== paths.join('\n')) {
    throw conflict('cache-dependency-glob', globs.join(','), 'cache-dependency-path', paths.join(','));
  }
  return {
    enabled: enable ?? cache.on ?? true,
    restore: bool(get, 'restore-cache', true),
    save: bool(get, 'save-cache', true),
    saveExplicit: get('save-cache') !== '' && bool(get, 'save-cache', true),
    prune: bool(get, 'prune-cache', true),
    suffix: opt(get, 'cache-suffix'),
    dependencyGlobs: globs.length ? globs : paths,
    localPath: opt(get, 'cache-local-path'),
    ignoreNothingToCache: bool(get, 'ignore-nothing-to-cache', false),
    packageManager: cache.manager,
    python: bool(get, 'cache-python', false),
  };
}

/** What this run does with the Actions cache, and why when it does less than asked. */
export interface CachePolicy {
  restore: boolean;
  save: boolean;
  /** Why restore or save is off although caching is on (logged once). */
  reason?: string;
}

/**
 * The event and `offline` decide on top of the inputs: `offline` keeps the cache service out entirely;
 * `pull_request_target` runs a fork's code with the base branch's cache scope, so nothing is saved there
 * unless `save-cache: true` is written out (cache poisoning).
 */
export function cachePolicy(c: CacheInputs, o: { offline: boolean; event?: string }): CachePolicy {
  if (!c.enabled) return { restore: false, save: false };
  if (o.offline) {
    return { restore: false, save: false, reason: 'offline: the Actions cache service is not used' };
  }
  if (o.event === 'pull_request_target' && c.save && !c.saveExplicit) {
    return {
      restore: c.restore,
      save: false,
      reason: 'pull_request_target: caches are not saved (set save-cache: true to save anyway)',
    };
  }
  return { restore: c.restore, save: c.save };
}
