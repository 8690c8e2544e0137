import { InstanceNotFoundError, PythonNotInstalledError } from '../../core/errors.js';
import type { PythonInstance } from '../../core/instances/index.js';
import { platformKey } from '../../core/platform.js';
import type { CliContext } from '../context.js';
import { formatBytes, table, type CommandResult } from '../output.js';
import { catalogFor, platformOpt } from './shared.js';
import { managerFor, selectInstance, selectedSpec } from './select.js';

/** An instance as JSON: the PythonInstance with its platform as a key string. */
function instanceJson(i: PythonInstance): Record<string, unknown> {
  return { ...i, platform: platformKey(i.platform) };
}

async function requireInstance(ctx: CliContext, keyOrSpec: string): Promise<PythonInstance> {
  const manager = managerFor(ctx);
  const inst = await manager.getInstance(keyOrSpec, { build: ctx.options.build });
  if (!inst) {
    throw new InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${manager.root}.`, {
      requested: keyOrSpec,
      available: (await manager.listInstances()).map((i) => i.key),
      hint: `Install it first: pyembed install ${keyOrSpec}`,
    });
  }
  return inst;
}

/**
 * `pyembed install [specs...]`: each spec resolved, downloaded (progress), verified and extracted, in
 * order; a second call reuses what is there. One spec answers with its instance; several with the list.
 */
export async function installCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const requests = args.length
    ? args.map((spec) => ({ spec, source: 'argument' }))
    : [await selectedSpec(ctx)];
  const catalog = catalogFor(ctx.options, ctx.logger);
  // every spec resolves before anything is downloaded: a typo in the last one costs nothing
  const builds = [];
  for (const { spec, source } of requests) {
    const build = await catalog.resolve(spec, {
      platform: platformOpt(opts),
      build: ctx.options.build,
      flavor: ctx.options.flavor,
      freethreaded: Boolean(opts.freethreaded),
    });
    ctx.logger.info(`Resolved ${spec} (from ${source}) -> ${build.key}, build ${build.build}`);
    builds.push(build);
  }
  const manager = managerFor(ctx);
  const done: { data: Record<string, unknown>; human: string }[] = [];
  for (const [n, build] of builds.entries()) {
    const r = await manager.installBuild(build, {
      signal: ctx.signal,
      onProgress: (e) => ctx.progress.update(e),
    });
    ctx.progress.finish();
    const i = r.instance;
    done.push({
      data: { ...instanceJson(i), cacheHit: !r.downloaded, requested: requests[n] },
      human: `${r.downloaded ? 'Installed' : 'Already installed'}: Python ${i.version} (${i.key})\n  ${i.pythonPath}`,
    });
  }
  if (done.length === 1) return done[0];
  return { data: { instances: done.map((d) => d.data) }, human: done.map((d) => d.human).join('\n') };
}

export async function listCommand(ctx: CliContext): Promise<CommandResult> {
  const instances = await managerFor(ctx).listInstances();
  return {
    data: { root: ctx.options.root, instances: instances.map(instanceJson) },
    human: instances.length
      ? table(
          instances.map((i) => [
            i.version,
            i.build,
            platformKey(i.platform) + (i.variant ? `+${i.variant}` : ''),
            i.key,
          ]),
          ['version', 'build', 'platform', 'key'],
        )
      : `No instances under ${ctx.options.root}.`,
  };
}

/** `pyembed info [spec|key]`: the named instance, else the one `exec`/`run` would use. */
export async function infoCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const inst = args[0] ? await requireInstance(ctx, args[0]) : await selectInstance(ctx);
  const info = (await managerFor(ctx).getInstanceInfo(inst.key))!;
  return {
    data: instanceJson(info),
    human: table([
      ['key', info.key],
      ['version', info.version],
      ['build', info.build],
      ['platform', platformKey(info.platform)],
      ['variant', info.variant ?? 'default'],
      ['python', info.pythonPath],
      ['venvs', info.venvsDir],
      ['size', formatBytes(info.sizeBytes)],
      ['created', info.createdAt],
      ['source', info.source?.url],
      ['sha256', info.source?.sha256],
    ]),
  };
}

export async function removeCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const inst = await requireInstance(ctx, args[0]);
  await managerFor(ctx).deleteInstance(inst.key);
  return { data: { removed: inst.key, dir: inst.dir }, human: `Removed ${inst.key} (${inst.dir})` };
}

/** `pyembed verify [spec|key]`: every instance (or one); a broken one makes the exit code PythonNotInstalledError's. */
export async function verifyCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const manager = managerFor(ctx);
  const keys = args[0]
    ? [(await requireInstance(ctx, args[0])).key]
    : (await manager.listInstances()).map((i) => i.key);
  const reports = await Promise.all(keys.map((k) => manager.validateIntegrity(k)));
  const ok = reports.every((r) => r.ok);
  const data = { ok, instances: reports };
  if (!ok) {
    const bad = reports.filter((r) => !r.ok);
    throw new PythonNotInstalledError(
      `${bad.length} instance(s) are broken: ${bad.map((r) => `${r.key}: ${r.problems.join('; ')}`).join(' | ')}`,
      {
        requested: bad.map((r) => r.key).join(' '),
        instances: reports,
        hint: 'Remove and install them again (pyembed remove <key>; pyembed install <spec>).',
      },
    );
  }
  return {
    data,
    human: reports.length
      ? reports.map((r) => `ok  ${r.key} (Python ${r.version})`)
      : `No instances under ${ctx.options.root}.`,
  };
}

export async function duCommand(ctx: CliContext): Promise<CommandResult> {
  const manager = managerFor(ctx);
  const instances = await manager.listInstances();
  const sizes = await Promise.all(
    instances.map(async (i) => ({ key: i.key, bytes: await manager.getInstanceSize(i.key) })),
  );
  const total = sizes.reduce((a, s) => a + s.bytes, 0);
  return {
    data: { root: ctx.options.root, instances: sizes, totalBytes: total },
    human: [
      ...table(sizes.map((s) => [formatBytes(s.bytes), s.key])),
      `${formatBytes(total)} total in ${ctx.options.root}`,
    ],
  };
}

export async function exportCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const inst = await requireInstance(ctx, args[0]);
  const archive = await managerFor(ctx).exportInstance(inst.key, args[1]);
  return { data: { key: inst.key, archive }, human: `Exported ${inst.key} to ${archive}` };
}

export async function importCommand(ctx: CliContext, args: string[]): Promise<CommandResult> {
  const inst = await managerFor(ctx).importInstance(args[0], { signal: ctx.signal });
  return {
    data: instanceJson(inst),
    human: `Imported ${inst.key} (Python ${inst.version}) into ${inst.dir}`,
  };
}
