import type { GroupSpec } from '../spec.js';

export const config: GroupSpec = {
  name: 'config',
  description: 'configuration (flag > env > config file > default)',
  commands: [
    {
      name: 'show',
      description: 'every option, its value and where it came from',
      handler: () => import('../commands/config.js').then((m) => m.configShowCommand),
    },
  ],
};
