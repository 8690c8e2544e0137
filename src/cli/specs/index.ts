// Every command of the CLI, in the order `pyembed --help` lists them. A new command: its handler in
// src/cli/commands/<area>.ts, its spec (options from ../options.js where they are shared) in
// src/cli/specs/<area>.ts, and an entry here.
import type { EntrySpec } from '../spec.js';
import { listAvailable, resolve } from './catalog.js';
import { config } from './config.js';
import { diagnose } from './diagnose.js';
import { exec, run } from './exec.js';
import { instanceCommands } from './instances.js';
import { pip } from './pip.js';
import { setup } from './setup.js';
import { venv } from './venv.js';

export const COMMANDS: readonly EntrySpec[] = [
  setup,
  resolve,
  listAvailable,
  ...instanceCommands,
  venv,
  pip,
  run,
  exec,
  diagnose,
  config,
];
