import { describeConfig } from '../../core/config/index.js';
import type { CliContext } from '../context.js';
import { table, type CommandResult } from '../output.js';

/** `pyembed config show`: every option with its value and source; the token is masked, never printed. */
export async function configShowCommand(ctx: CliContext): Promise<CommandResult> {
  const shown = describeConfig(ctx.config);
  const rows = Object.entries(shown.options).map(([key, o]) => [
    key,
    o.value === undefined ? '-' : Array.isArray(o.value) ? o.value.join(' ') || '-' : String(o.value),
    ctx.style.dim(o.source),
  ]);
  return {
    data: shown,
    human: [`config file: ${shown.file ?? '(none)'}`, ...table(rows, ['option', 'value', 'source'])],
  };
}
