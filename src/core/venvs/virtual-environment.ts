import type { RunOptions } from '../exec/types.js';
import { PythonRuntime, type PythonRuntimeOptions } from '../packages/runtime.js';
import { venvBinDir, venvPython } from './layout.js';

export interface VirtualEnvironmentOptions extends Omit<PythonRuntimeOptions, 'pythonPath'> {
  name: string;
  /** The venv directory (the real one, also for external venvs). */
  path: string;
  isExternal?: boolean;
}

/**
 * One virtual environment: a PythonRuntime whose interpreter is the venv's python, so every package
 * operation (install, list, outdated, ...) acts on this venv only. Created and managed by
 * VirtualEnvironmentManager (getOrCreate / clone / import).
 */
export class VirtualEnvironment extends PythonRuntime {
  readonly name: string;
  readonly path: string;
  readonly isExternal: boolean;

  constructor(o: VirtualEnvironmentOptions) {
    super({ ...o, pythonPath: venvPython(o.path) });
    this.name = o.name;
    this.path = o.path;
    this.isExternal = Boolean(o.isExternal);
  }

  /** `bin/` (POSIX) or `Scripts\` (Windows): console scripts live here. */
  get binDir(): string {
    return venvBinDir(this.path);
  }

  /** Code and scripts run "activated": VIRTUAL_ENV set and bin/ first on PATH (the caller's env still wins). */
  protected override execOptions(o: RunOptions): RunOptions {
    if (o.envMode === 'replace') return o;
    const act = this.activationEnv();
    const key = Object.keys(act).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    return { ...o, env: { VIRTUAL_ENV: act.VIRTUAL_ENV, [key]: act[key], PYTHONHOME: undefined, ...o.env } };
  }

  /**
   * Environment variables that "activate" this venv for a child process (what `activate` does):
   * VIRTUAL_ENV, PATH with bin/ first, no PYTHONHOME.
   */
  activationEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    const env = { ...base };
    delete env.PYTHONHOME;
    const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    const sep = process.platform === 'win32' ? ';' : ':';
    env[key] = env[key] ? `${this.binDir}${sep}${env[key]}` : this.binDir;
    env.VIRTUAL_ENV = this.path;
    return env;
  }
}
