import { TARGET, TIMEOUT_SECONDS } from '../options.js';
import type { CommandSpec } from '../spec.js';

const load = () => import('../commands/exec.js');

export const run: CommandSpec = {
  name: 'run',
  description: 'run python with arguments in a venv or instance: pyembed run [--venv NAME] -- <args>',
  arguments: [{ name: '[args...]', description: 'arguments for python (put them after --)' }],
  options: [
    ...TARGET,
    { flags: '--cwd <dir>', description: 'working directory' },
    TIMEOUT_SECONDS,
    { flags: '--max-memory-mb <n>', description: 'address-space limit of the child' },
  ],
  handler: () => load().then((m) => m.runCommand),
};

export const exec: CommandSpec = {
  name: 'exec',
  description: 'evaluate Python code: pyembed exec "<code>"',
  arguments: [{ name: '<code>', description: 'Python statements, or - to read them from stdin' }],
  options: [...TARGET, TIMEOUT_SECONDS],
  handler: () => load().then((m) => m.execCommand),
};
