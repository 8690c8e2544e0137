import { FREETHREADED, PLATFORM } from '../options.js';
import type { ArgumentSpec, CommandSpec } from '../spec.js';
import { pythonFromSpecArg } from './setup.js';

const load = () => import('../commands/instances.js');
const INSTANCE: ArgumentSpec = { name: '<spec|key>', description: 'version spec or instance key' };

export const instanceCommands: readonly CommandSpec[] = [
  {
    name: 'install',
    description: 'download, verify and install Python instances',
    arguments: [
      {
        name: '[specs...]',
        description: 'Python spec(s), each installed (default: .python-version etc., then 3.12)',
      },
    ],
    options: [PLATFORM, FREETHREADED],
    configFromArgs: pythonFromSpecArg,
    handler: () => load().then((m) => m.installCommand),
  },
  { name: 'list', description: 'installed instances', handler: () => load().then((m) => m.listCommand) },
  {
    name: 'info',
    description: 'details of one instance',
    arguments: [
      { name: '[spec|key]', description: 'version spec or instance key (default: the one exec/run use)' },
    ],
    handler: () => load().then((m) => m.infoCommand),
  },
  {
    name: 'remove',
    description: 'delete an instance (and its venvs)',
    arguments: [INSTANCE],
    handler: () => load().then((m) => m.removeCommand),
  },
  {
    name: 'verify',
    description: 'check the integrity of instances (interpreter runs, files, metadata)',
    arguments: [{ name: '[spec|key]', description: 'one instance (default: all)' }],
    handler: () => load().then((m) => m.verifyCommand),
  },
  { name: 'du', description: 'disk usage of the instances', handler: () => load().then((m) => m.duCommand) },
  {
    name: 'export',
    description: 'write an instance to an archive (.tar.gz, .tar.zst, .zip)',
    arguments: [INSTANCE, { name: '<archive>', description: 'destination path' }],
    handler: () => load().then((m) => m.exportCommand),
  },
  {
    name: 'import',
    description: 'import an instance archive written by export',
    arguments: [{ name: '<archive>', description: 'archive path' }],
    handler: () => load().then((m) => m.importCommand),
  },
];
