// The action's main step as a runner starts it, for the bench's action rows: runner files in a directory of
// the run's own, INPUT_* for the world's Python (the one-row download-metadata.json), mirror and uv, and a
// compile cache in that directory (empty on a fresh directory: a hosted runner's first use). The runner is
// GitHub-hosted unless `extra` says otherwise (RUNNER_ENVIRONMENT: the action keeps no code cache there).
import fs from 'node:fs/promises';
import path from 'node:path';
import { SPEC, type BenchContext } from '../context.js';
import { run, type ProcResult } from './proc.js';

export interface ActionStep {
  env: NodeJS.ProcessEnv;
  /** A runner file of this step (`output`, `env`, `path`, `state`, `summary`). */
  file(name: string): string;
}

/** Creates the runner files in `dir`; `extra` adds or overrides inputs and environment (undefined unsets). */
export async function actionStep(
  ctx: BenchContext,
  dir: string,
  extra: Record<string, string | undefined>,
): Promise<ActionStep> {
  const file = (n: string) => path.join(dir, n);
  await fs.mkdir(file('runner-temp'), { recursive: true });
  for (const n of ['output', 'env', 'path', 'state', 'summary']) await fs.writeFile(file(n), '');
  const env = ctx.pyembedEnv({
    'INPUT_PYTHON-VERSION': SPEC,
    'INPUT_PYTHON-DOWNLOADS-JSON-URL': ctx.uvDownloadsJson, // the world's build: see context.ts
    INPUT_MIRROR: ctx.world.mirrorUrl,
    'INPUT_UV-DOWNLOAD-URL': ctx.world.uvDownloadUrl,
    INPUT_DIAGNOSE: 'false',
    RUNNER_TEMP: file('runner-temp'),
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_ACTIONS: 'true',
    RUNNER_ENVIRONMENT: 'github-hosted',
    NODE_COMPILE_CACHE: file('node-compile-cache'),
    ...extra,
  });
  return { env, file };
}

/** Runs `node dist/main.js`; the action reports failure with ::error:: and exit code 1. */
export async function runMainStep(
  ctx: BenchContext,
  env: NodeJS.ProcessEnv,
  o: { rss?: boolean } = {},
): Promise<ProcResult> {
  const r = await run(ctx.node, [ctx.bundles.main], { env, check: false, rss: o.rss });
  if (r.code !== 0) {
    const why = /::error[^\n]*/.exec(r.stdout)?.[0] ?? r.stderr.trim().split('\n').pop();
    throw new Error(`action main exited ${r.code}: ${why}`);
  }
  return r;
}
