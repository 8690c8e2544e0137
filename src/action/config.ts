import path from 'node:path';
import os from 'node:os';
import { loadConfig, type LoadedConfig } from '../core/config/index.js';
import { ConfigurationError } from '../core/errors.js';
import type { ActionInputs } from './inputs.js';

/** Action input name for each option the inputs can set (used to name the input in errors). */
const INPUT_OF: Record<string, string> = {
  build: 'build',
  mirror: 'mirror',
  pythonDownloadsJsonUrl: 'python-downloads-json-url',
  githubToken: 'github-token',
  pbsRepo: 'pbs-repo',
  uvVersion: 'uv-version',
  uvDownloadUrl: 'uv-download-url',
  indexUrl: 'index-url',
  extraIndexUrls: 'extra-index-url',
  offline: 'offline',
};

/**
 * The shared options object, with action inputs in the place of CLI flags (input > env > config file >
 * default). The instances root and private tools live under the runner's tool cache so self-hosted
 * runners reuse them; everything else is the library's own defaults.
 */
export function actionConfig(inputs: ActionInputs, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const toolCache = env.RUNNER_TOOL_CACHE || path.join(os.tmpdir(), 'pyembed-tool-cache');
  const flags = {
    build: inputs.build,
    mirror: inputs.mirror,
    pythonDownloadsJsonUrl: inputs.pythonDownloadsJsonUrl,
    githubToken: inputs.githubToken,
    pbsRepo: inputs.pbsRepo,
    uvVersion: inputs.uvVersion,
    uvDownloadUrl: inputs.uvDownloadUrl,
    indexUrl: inputs.indexUrl,
    extraIndexUrls: inputs.extraIndexUrls.length ? inputs.extraIndexUrls : undefined,
    offline: inputs.offline || undefined,
    root: env.PYEMBED_ROOT ? undefined : path.join(toolCache, 'python-embedded'),
    toolsDir: env.PYEMBED_TOOLS_DIR ? undefined : path.join(toolCache, 'python-embedded-tools'),
  };
  try {
    return loadConfig({ flags, env, cwd: inputs.workingDirectory });
  } catch (e) {
    // the loader names CLI flags; in the action the user wrote an input
    if (e instanceof ConfigurationError && typeof e.details.key === 'string' && INPUT_OF[e.details.key]) {
      const input = INPUT_OF[e.details.key];
      const source = String(e.details.source ?? '');
      if (source.startsWith('flag ')) {
        throw new ConfigurationError(e.message.replace(source, `input ${input}`), {
          ...e.details,
          source: `input ${input}`,
          hint: `Fix the "${input}" input.`,
        });
      }
    }
    throw e;
  }
}
