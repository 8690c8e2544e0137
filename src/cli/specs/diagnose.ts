import type { CommandSpec } from '../spec.js';

export const diagnose: CommandSpec = {
  name: 'diagnose',
  description: 'system requirements, disk, network reachability, uv, instance and venv health',
  options: [{ flags: '--no-network', description: 'do not probe hosts' }],
  handler: () => import('../commands/diagnose.js').then((m) => m.diagnoseCommand),
};
