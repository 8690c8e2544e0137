import {
  CHECK_LATEST,
  CONSTRAINTS,
  FREETHREADED,
  PLATFORM,
  REQUIREMENTS,
  describedAs,
  SEED,
} from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `setup 3.11`: the argument is the python spec, above flags and env; of several, the last (the default). */
export const pythonFromSpecArg = (args: string[]) => (args.length ? { python: args[args.length - 1] } : {});

export const setup: CommandSpec = {
  name: 'setup',
  description: 'the whole plan, like the action: resolve -> install -> uv -> venv -> packages (-> export)',
  arguments: [
    {
      name: '[specs...]',
      description:
        'Python spec(s); several install each, the last is the default (default: .python-version etc., then PYEMBED_PYTHON, then 3.12)',
    },
  ],
  options: [
    { flags: '--python-version-file <file>', description: 'read the spec from this file' },
    PLATFORM,
    FREETHREADED,
    describedAs(CHECK_LATEST, 'ask the release source for a newer build than the bundled catalogue'),
    {
      flags: '--venv <name|path>',
      description: 'venv: a name (under <instance>/venvs/) or a path with a slash',
      defaultValue: 'default',
    },
    { flags: '--no-venv', description: 'stop after installing Python and uv' },
    describedAs(SEED, 'seed pip/setuptools into the venv'),
    REQUIREMENTS,
    CONSTRAINTS,
    { flags: '--pyproject <file|dir>', description: 'install the project of this pyproject.toml' },
    {
      flags: '-e, --editable',
      description: 'install the pyproject editable (default with uv.lock; --no-editable to copy it)',
    },
    { flags: '--no-editable', description: 'install a locked project as a copy, not editable' },
    { flags: '--extras <names>', description: 'comma-separated extras of the pyproject' },
    // uv projects
    {
      flags: '--lock <mode>',
      description: "the pyproject's uv.lock: auto (default), frozen (unchecked), ignore (resolve afresh)",
    },
    {
      flags: '--group <name>',
      description: 'dependency group of the pyproject (repeatable)',
      repeatable: true,
    },
    { flags: '--all-groups', description: 'every dependency group of the pyproject (needs uv.lock)' },
    { flags: '--no-default-groups', description: "leave out uv's default groups (dev) (needs uv.lock)" },
    { flags: '--all-extras', description: 'every extra of the pyproject' },
    {
      flags: '--workspace-package <name>',
      description: 'the workspace member to install (uv sync --package)',
    },
    { flags: '--package <spec>', description: 'extra package requirement (repeatable)', repeatable: true },
    {
      flags: '--export <archive>',
      description: 'export the instance (with its venvs) to this archive afterwards',
    },
  ],
  configFromArgs: pythonFromSpecArg,
  handler: () => import('../commands/setup.js').then((m) => m.setupCommand),
};
