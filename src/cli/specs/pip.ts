import { CONSTRAINTS, REQUIREMENTS, TARGET } from '../options.js';
import type { GroupSpec } from '../spec.js';

const load = () => import('../commands/pip.js');

export const pip: GroupSpec = {
  name: 'pip',
  description: 'packages of a venv (select with --venv) or instance',
  commands: [
    {
      name: 'install',
      description: 'install packages',
      arguments: [{ name: '[packages...]', description: 'requirement specifiers' }],
      options: [
        REQUIREMENTS,
        CONSTRAINTS,
        { flags: '-e, --editable <path>', description: 'install a local project editable' },
        { flags: '-U, --upgrade', description: 'upgrade already installed packages' },
        ...TARGET,
      ],
      handler: () => load().then((m) => m.pipInstallCommand),
    },
    {
      name: 'uninstall',
      description: 'uninstall packages',
      arguments: [{ name: '<packages...>', description: 'package names' }],
      options: TARGET,
      handler: () => load().then((m) => m.pipUninstallCommand),
    },
    {
      name: 'list',
      description: 'installed packages',
      options: TARGET,
      handler: () => load().then((m) => m.pipListCommand),
    },
    {
      name: 'show',
      description: 'one installed package',
      arguments: [{ name: '<package>', description: 'package name' }],
      options: TARGET,
      handler: () => load().then((m) => m.pipShowCommand),
    },
    {
      name: 'outdated',
      description: 'packages with newer releases',
      options: TARGET,
      handler: () => load().then((m) => m.pipOutdatedCommand),
    },
    {
      name: 'upgrade',
      description: 'upgrade packages to their newest',
      arguments: [{ name: '<packages...>', description: 'names' }],
      options: TARGET,
      handler: () => load().then((m) => m.pipUpgradeCommand),
    },
    {
      name: 'downgrade',
      description: 'install an older version of a package',
      arguments: [
        { name: '<package>', description: 'name' },
        { name: '<version>', description: 'the version to install' },
      ],
      options: TARGET,
      handler: () => load().then((m) => m.pipDowngradeCommand),
    },
    {
      name: 'freeze',
      description: 'requirements.txt of the environment',
      options: TARGET,
      handler: () => load().then((m) => m.pipFreezeCommand),
    },
  ],
};
