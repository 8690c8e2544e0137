import { mirrorUrlFor } from '../../core/install/mirror.js';
import { hostPlatform, platformKey } from '../../core/platform.js';
import type { CliContext } from '../context.js';
import { table, type CommandResult } from '../output.js';
import { buildJson, catalogFor, platformOpt } from './shared.js';

/** `pyembed resolve <spec>`: one build (key, version, build, url, sha256), nothing downloaded. */
export async function resolveCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const catalog = catalogFor(ctx.options, ctx.logger);
  const build = await catalog.resolve(args[0], {
    platform: platformOpt(opts),
    build: ctx.options.build,
    flavor: ctx.options.flavor,
    checkLatest: Boolean(opts.checkLatest) && !ctx.options.offline,
  });
  const data = {
    ...buildJson(build),
    ...(ctx.options.mirror ? { downloadUrl: mirrorUrlFor(build, ctx.options.mirror) } : {}),
    spec: args[0],
    catalog: catalog.source,
    apiCalls: catalog.apiCalls,
  };
  return {
    data,
    human: table([
      ['key', build.key],
      ['version', build.version],
      ['build', build.build],
      ['asset', build.assetName],
      ['url', build.url],
      ['sha256', build.sha256 ?? '(unknown)'],
      ...(data.downloadUrl ? [['download', data.downloadUrl]] : []),
    ]),
  };
}

/** `pyembed list-available`: versions for a platform, newest first. */
export async function listAvailableCommand(
  ctx: CliContext,
  _args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const platform = platformOpt(opts) ?? hostPlatform();
  const catalog = catalogFor(ctx.options, ctx.logger);
  const builds = await catalog.list({
    platform,
    build: ctx.options.build,
    flavor: ctx.options.flavor,
    all: Boolean(opts.all),
  });
  return {
    data: { platform: platformKey(platform), count: builds.length, builds: builds.map(buildJson) },
    human: table(
      builds.map((b) => [b.version, b.build, b.key]),
      ['version', 'build', 'key'],
    ),
  };
}
