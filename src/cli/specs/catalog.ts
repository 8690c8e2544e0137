import { CHECK_LATEST, PLATFORM } from '../options.js';
import type { CommandSpec } from '../spec.js';

const load = () => import('../commands/catalog.js');

export const resolve: CommandSpec = {
  name: 'resolve',
  description: 'resolve a spec to one build (key, version, build, url, sha256) without downloading',
  arguments: [
    {
      name: '<spec>',
      description: 'Python spec, e.g. 3.12, >=3.11,<3.13, 3.13t, cpython-3.12.5-linux-x86_64-gnu',
    },
  ],
  options: [PLATFORM, CHECK_LATEST],
  handler: () => load().then((m) => m.resolveCommand),
};

export const listAvailable: CommandSpec = {
  name: 'list-available',
  description: 'versions available for a platform, newest first',
  options: [PLATFORM, { flags: '--all', description: 'every build, not only the newest per version' }],
  handler: () => load().then((m) => m.listAvailableCommand),
};
