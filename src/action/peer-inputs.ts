import { ConfigurationError } from '../core/errors.js';
import type { GetInput } from './inputs.js';

/**
 * Inputs of actions/setup-python and astral-sh/setup-uv with no counterpart here. They are declared in
 * action.yml so the runner passes them on, and then either ignored with a log line saying why, or refused
 * before any work: a peer's input never silently does something else. (Inputs that do have a meaning here
 * are aliases, aliases.ts, or ours under the same name.)
 */
export interface PeerInput {
  name: string;
  peer: 'setup-python' | 'setup-uv';
  /** `ignored` whatever its value; `refused` when given (except for `accepts`, which match what is done here). */
  handling: 'ignored' | 'refused';
  why: string;
  /** Values that describe what happens here anyway: accepted silently. */
  accepts?: string[];
  hint?: string;
}

export const PEER_INPUTS: readonly PeerInput[] = [
  {
    name: 'ignore-platform-version',
    peer: 'setup-python',
    handling: 'ignored',
    why: 'python-build-standalone builds run on any version of the OS, so there is no platform version to match',
  },
  {
    name: 'ignore-empty-workdir',
    peer: 'setup-uv',
    handling: 'ignored',
    why: 'an empty working directory is never an error here',
  },
  {
    name: 'no-project',
    peer: 'setup-uv',
    handling: 'ignored',
    why: 'the venv is always made from the installed interpreter, never from a project (uv venv --no-project)',
  },
  {
    name: 'download-from-astral-mirror',
    peer: 'setup-uv',
    handling: 'ignored',
    why: 'uv comes from uv-download-url (GitHub releases of astral-sh/uv by default), checksum-verified',
  },
  {
    name: 'quiet',
    peer: 'setup-uv',
    handling: 'ignored',
    why: "the step's log level is the runner's (ACTIONS_STEP_DEBUG)",
  },
  {
    name: 'manifest-file',
    peer: 'setup-uv',
    handling: 'refused',
    why: 'uv comes from uv-download-url (<base>/<version>/<asset> with its .sha256), not from a versions manifest',
    hint: 'Drop manifest-file; point uv-download-url at a mirror of the uv releases instead.',
  },
  {
    name: 'resolution-strategy',
    peer: 'setup-uv',
    handling: 'refused',
    accepts: ['highest'],
    why: 'a uv version range resolves to the highest matching release; "lowest" is not supported',
    hint: 'Drop resolution-strategy, or pin the exact uv version you want (uv-version / version).',
  },
];

/**
 * Checks the peers' inputs that have no meaning here: a refused one that is given is a ConfigurationError;
 * returns one log line per ignored one that is given.
 */
export function checkPeerInputs(get: GetInput): string[] {
  const notes: string[] = [];
  for (const p of PEER_INPUTS) {
    const value = get(p.name);
    if (value === '' || p.accepts?.includes(value)) continue;
    if (p.handling === 'ignored') {
      notes.push(`Input "${p.name}" (${p.peer}'s) is ignored: ${p.why}.`);
      continue;
    }
    throw new ConfigurationError(`Input "${p.name}" (${p.peer}'s) cannot be honoured here: ${p.why}.`, {
      key: p.name,
      source: `input ${p.name}`,
      requested: value,
      hint: p.hint,
    });
  }
  return notes;
}
