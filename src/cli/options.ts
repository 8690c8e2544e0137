// Options used by more than one command, and the global ones every command shares, each defined once.
import { KEYS } from '../core/config/keys.js';
import type { OptionSpec } from './spec.js';

export const PLATFORM: OptionSpec = {
  flags: '--platform <os-arch-libc>',
  description: 'target platform (default: this host)',
};
export const FREETHREADED: OptionSpec = { flags: '--freethreaded', description: 'the free-threaded build' };
export const CHECK_LATEST: OptionSpec = {
  flags: '--check-latest',
  description: 'ask the release source for a newer build',
};
export const SEED: OptionSpec = { flags: '--seed', description: 'seed pip/setuptools' };
export const REQUIREMENTS: OptionSpec = {
  flags: '-r, --requirements <file>',
  description: 'requirements file (repeatable)',
  repeatable: true,
};
export const CONSTRAINTS: OptionSpec = {
  flags: '-c, --constraints <file>',
  description: 'constraints file (repeatable)',
  repeatable: true,
};
export const TIMEOUT_SECONDS: OptionSpec = {
  flags: '--timeout-seconds <n>',
  description: 'kill the process tree after this long',
};

/** Which interpreter a pip/run/exec command uses. */
export const TARGET: readonly OptionSpec[] = [
  {
    flags: '--venv <name|path>',
    description:
      'venv: a name under the instance or a path (default: the "default" venv setup makes, else the instance)',
  },
  { flags: '--base', description: "the instance's own interpreter, even when a default venv exists" },
];

/** The same option with a description that fits one command better. */
export const describedAs = (o: OptionSpec, description: string): OptionSpec => ({ ...o, description });

const BOOLEAN_KEYS = new Set(['offline', 'allowMissingChecksum']);
const LIST_KEYS = new Set(['extraIndexUrls', 'trustedHosts']);

/** Output and logging flags, the config file, then one flag per config key (--root, --mirror, --offline...). */
export function globalOptions(): OptionSpec[] {
  const fromKeys = KEYS.map((spec): OptionSpec => {
    const isList = LIST_KEYS.has(spec.key);
    return {
      flags: BOOLEAN_KEYS.has(spec.key) ? spec.flag : `${spec.flag} <${spec.arg ?? 'value'}>`,
      description: `${spec.describe}${isList ? ' (repeatable)' : ''} (env ${spec.env.join(', ')})`,
      repeatable: isList,
    };
  });
  return [
    { flags: '--json', description: 'print one JSON document on stdout (logs stay on stderr)' },
    { flags: '-v, --verbose', description: 'debug logging on stderr' },
    { flags: '-q, --quiet', description: 'only warnings and errors on stderr' },
    { flags: '--no-progress', description: 'no progress bars or progress lines' },
    {
      flags: '--config <file>',
      description: 'config file (default: pyembed.json or .pyembedrc.json in cwd; env PYEMBED_CONFIG)',
    },
    ...fromKeys,
  ];
}
