import {
  KEYS,
  flagAttribute,
  loadConfig,
  type LoadedConfig,
  type PythonEmbeddedOptions,
} from '../core/config/index.js';
import type { OptionKey } from '../core/config/options.js';
import type { Logger } from '../core/log.js';
import { INTERRUPTED_EXIT_CODE, cliLogger, styles, useColor, type Styles } from './output.js';
import { createProgress, type ProgressRenderer } from './progress.js';

/** Everything a command handler needs, built once from the global flags. */
export interface CliContext {
  json: boolean;
  verbose: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  config: LoadedConfig;
  options: PythonEmbeddedOptions;
  logger: Logger;
  progress: ProgressRenderer;
  color: boolean;
  style: Styles;
  /** Aborted on SIGINT/SIGTERM so long work (downloads, children) stops cleanly. */
  signal: AbortSignal;
}

/** Commander attributes of the global flags -> option keys (`githubApiUrl` -> `githubApiUrl`, `extraIndexUrl` -> `extraIndexUrls`). */
export function flagsFromGlobals(globals: Record<string, unknown>): Partial<Record<OptionKey, unknown>> {
  const flags: Partial<Record<OptionKey, unknown>> = {};
  for (const spec of KEYS) {
    const v = globals[flagAttribute(spec.flag)];
    if (v !== undefined) flags[spec.key] = v;
  }
  return flags;
}

export function createContext(
  globals: Record<string, unknown>,
  overrides: Partial<Record<OptionKey, unknown>> = {},
): CliContext {
  const env = process.env;
  const cwd = process.cwd();
  const json = Boolean(globals.json);
  const verbose = Boolean(globals.verbose);
  const color = useColor(process.stderr, env);
  const config = loadConfig({
    flags: { ...flagsFromGlobals(globals), ...stripUndefined(overrides) },
    env,
    cwd,
    configFile: globals.config as string | undefined,
  });
  // downloads read the proxy from the environment (like curl and uv): a configured one is exported there
  if (config.options.proxy) process.env.HTTPS_PROXY = process.env.https_proxy = config.options.proxy;
  if (config.options.noProxy) process.env.NO_PROXY = process.env.no_proxy = config.options.noProxy;
  const controller = new AbortController();
  // First signal: abort the work (downloads stop, children are killed, temp files are cleaned up);
  // if that does not end the process promptly, exit anyway (a handler disables Node's default exit).
  // A second signal exits at once.
  const abort = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    controller.abort(new Error(`interrupted by ${sig}`));
    setTimeout(() => process.exit(INTERRUPTED_EXIT_CODE), 3000).unref();
  };
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  const progress = createProgress({
    tty: Boolean(process.stderr.isTTY),
    color,
    enabled: globals.progress !== false && !globals.quiet,
  });
  return {
    json,
    verbose,
    cwd,
    env,
    config,
    options: config.options,
    logger: cliLogger({ verbose, quiet: Boolean(globals.quiet), color, write: (l) => progress.write(l) }),
    progress,
    color,
    style: styles(color),
    signal: controller.signal,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
