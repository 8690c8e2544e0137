import { SEED } from '../options.js';
import type { ArgumentSpec, GroupSpec } from '../spec.js';

const load = () => import('../commands/venv.js');
const NAME: ArgumentSpec = { name: '<name>', description: 'venv name' };
const ARCHIVE_OUT: ArgumentSpec = { name: '<archive>', description: 'destination path' };

export const venv: GroupSpec = {
  name: 'venv',
  description:
    'virtual environments of an instance (the instance: --python, else .python-version, else 3.12)',
  commands: [
    {
      name: 'create',
      description: 'create a venv with uv (or return the existing one)',
      arguments: [{ name: '<name>', description: 'venv name (kept under <instance>/venvs/)' }],
      options: [
        { flags: '--path <dir>', description: 'create it at this external directory instead' },
        SEED,
        { flags: '--recreate', description: 'delete and create again if it exists' },
      ],
      handler: () => load().then((m) => m.venvCreateCommand),
    },
    {
      name: 'list',
      description: 'venvs of the instance',
      handler: () => load().then((m) => m.venvListCommand),
    },
    {
      name: 'info',
      description: 'details of one venv',
      arguments: [NAME],
      handler: () => load().then((m) => m.venvInfoCommand),
    },
    {
      name: 'remove',
      description: 'delete a venv',
      arguments: [NAME],
      options: [
        { flags: '--keep-files', description: 'for an external venv: forget it but keep its directory' },
      ],
      handler: () => load().then((m) => m.venvRemoveCommand),
    },
    {
      name: 'clone',
      description: 'copy a venv (paths inside are re-pointed at the copy)',
      arguments: [
        { name: '<source>', description: 'venv to copy' },
        { name: '<target>', description: 'new venv name' },
      ],
      options: [{ flags: '--path <dir>', description: 'put the copy at this external directory' }],
      handler: () => load().then((m) => m.venvCloneCommand),
    },
    {
      name: 'export',
      description: 'write a venv to a .zip archive',
      arguments: [NAME, ARCHIVE_OUT],
      handler: () => load().then((m) => m.venvExportCommand),
    },
    {
      name: 'import',
      description: 'import a venv archive (paths inside are re-pointed)',
      arguments: [
        { name: '<archive>', description: 'archive written by venv export' },
        { name: '<name>', description: 'new venv name' },
      ],
      options: [{ flags: '--path <dir>', description: 'import it at this external directory' }],
      handler: () => load().then((m) => m.venvImportCommand),
    },
  ],
};
