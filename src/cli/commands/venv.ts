import type { CliContext } from '../context.js';
import { formatBytes, table, type CommandResult } from '../output.js';
import { selectInstance, venvManagerFor } from './select.js';

async function manager(ctx: CliContext) {
  const inst = await selectInstance(ctx);
  return { inst, venvs: await venvManagerFor(ctx, inst) };
}

export async function venvCreateCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { inst, venvs } = await manager(ctx);
  const existed = await venvs.exists(args[0]);
  const v = await venvs.getOrCreate(args[0], {
    path: opts.path as string | undefined,
    seed: Boolean(opts.seed),
    recreate: Boolean(opts.recreate),
    signal: ctx.signal,
  });
  const created = !existed || Boolean(opts.recreate);
  return {
    data: {
      name: v.name,
      path: v.path,
      pythonPath: v.pythonPath,
      binDir: v.binDir,
      isExternal: v.isExternal,
      created,
      instance: inst.key,
    },
    human: `${created ? 'Created' : 'Exists'}: venv ${v.name} at ${v.path} (${inst.key})`,
  };
}

export async function venvListCommand(ctx: CliContext): Promise<CommandResult> {
  const { inst, venvs } = await manager(ctx);
  const names = await venvs.list();
  const infos = await Promise.all(names.map((n) => venvs.info(n, { signal: ctx.signal })));
  return {
    data: { instance: inst.key, venvs: infos },
    human: infos.length
      ? table(
          infos.map((i) => [i.name, i.pythonVersion, i.packagesCount, formatBytes(i.sizeBytes), i.path]),
          ['name', 'python', 'packages', 'size', 'path'],
        )
      : `No venvs in ${inst.key}.`,
  };
}

export async function venvInfoCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const { venvs } = await manager(ctx);
  const info = await venvs.info(args[0], { signal: ctx.signal });
  return {
    data: info,
    human: table([
      ['name', info.name],
      ['path', info.path],
      ['python', info.pythonVersion],
      ['uv', info.uvVersion],
      ['home', info.home],
      ['packages', info.packagesCount],
      ['size', formatBytes(info.sizeBytes)],
      ['external', String(info.isExternal)],
      ['created', info.createdAt],
    ]),
  };
}

export async function venvRemoveCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { venvs } = await manager(ctx);
  if (!(await venvs.exists(args[0]))) {
    const { VirtualEnvironmentNotFoundError } = await import('../../core/errors.js');
    throw new VirtualEnvironmentNotFoundError(`No venv named "${args[0]}".`, {
      requested: args[0],
      available: await venvs.list(),
    });
  }
  const removed = await venvs.delete(args[0], { deleteExternalFiles: !opts.keepFiles });
  return { data: { name: args[0], removed }, human: `Removed venv ${args[0]}` };
}

export async function venvCloneCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { venvs } = await manager(ctx);
  const v = await venvs.clone(args[0], args[1], { path: opts.path as string | undefined });
  return {
    data: { source: args[0], name: v.name, path: v.path, pythonPath: v.pythonPath },
    human: `Cloned ${args[0]} -> ${v.name} at ${v.path}`,
  };
}

export async function venvExportCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const { venvs } = await manager(ctx);
  const archive = await venvs.export(args[0], args[1]);
  return { data: { name: args[0], archive }, human: `Exported venv ${args[0]} to ${archive}` };
}

export async function venvImportCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { venvs } = await manager(ctx);
  const v = await venvs.import(args[0], args[1], { path: opts.path as string | undefined });
  return {
    data: { archive: args[0], name: v.name, path: v.path, pythonPath: v.pythonPath },
    human: `Imported ${args[0]} as venv ${v.name} at ${v.path}`,
  };
}
