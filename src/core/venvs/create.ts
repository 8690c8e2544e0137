import { fs } from '../async-fs.js';
import path from 'node:path';
import { ConfigurationError, VenvCreateError } from '../errors.js';
import type { Logger } from '../log.js';
import { uvErrorText } from '../packages/parse.js';
import type { Uv } from '../uv/uv.js';
import { readPyvenvCfg, venvPython } from './layout.js';
import { venvRecipes } from './recipe.js';

export interface CreateVenvOptions {
  /** Shown by `activate`; default: uv's (the directory name). */
  prompt?: string;
  /** Install pip (and setuptools/wheel on old Pythons) from the configured index (`uv venv --seed`). */
  seed?: boolean;
  /** `uv venv --relocatable`. */
  relocatable?: boolean;
  signal?: AbortSignal;
  /** Each `uv venv` started (a lock holder records it: see install/lock-workers.ts). */
  onSpawn?: (pid: number, group: boolean) => void;
  logger?: Logger;
}

/** A directory is a venv when it holds a `pyvenv.cfg` file. */
export async function isVenv(dir: string): Promise<boolean> {
  return (await fs.stat(path.join(dir, 'pyvenv.cfg')).catch(() => undefined))?.isFile() ?? false;
}

/**
 * The one way a venv is made: `uv venv --python <interpreter> --clear -- <target>`, or the layout that
 * command wrote last time for the same uv, interpreter and options (venvs/recipe.ts). Both the venv manager
 * (named venvs of an instance) and the setup plan (a venv at a path) create through here. A failure removes
 * what uv left and is a VenvCreateError carrying uv's stderr.
 */
export async function createVenv(
  uv: Uv,
  pythonPath: string,
  target: string,
  o: CreateVenvOptions = {},
): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const recipes = await venvRecipes(uv, pythonPath, o);
  if (await recipes?.replay(target)) {
    o.logger?.debug(`Wrote the venv at ${target} as uv did last time (${recipes!.file})`);
    return;
  }
  await createWithUv(uv, pythonPath, target, o);
  await recipes?.record(target);
}

async function createWithUv(uv: Uv, pythonPath: string, target: string, o: CreateVenvOptions): Promise<void> {
  const args = ['venv', `--python=${pythonPath}`, '--no-project'];
  if (o.prompt !== undefined) args.push(`--prompt=${o.prompt}`);
  if (o.seed) args.push('--seed', ...uv.indexArgs());
  if (o.relocatable) args.push('--relocatable');
  // Always: the caller judged the target "not a venv" and removed (or checked) it, but an orphaned `uv venv` of
  // a killed create may have re-made it since; --clear replaces it instead of failing "already exists".
  args.push('--clear', '--', target);
  const run = () => uv.run(args, { signal: o.signal, cwd: path.dirname(target), onSpawn: o.onSpawn });
  let r = await run();
  // An orphan still writing the target (see above) can also make uv refuse to clear a half-made directory:
  // let it finish, remove what it left and try again, a few times, before calling it a failure.
  for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
    if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 250 * retry));
    await fs.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    r = await run();
  }
  if (r.exitCode !== 0 || !(await isVenv(target))) {
    await fs.rm(target, { recursive: true, force: true }).catch(() => {});
    throw new VenvCreateError(
      `uv could not create the venv at ${target}: ${uvErrorText(r.stderr, r.stdout)}`,
      {
        requested: target,
        exitCode: r.exitCode,
        stderr: r.stderr,
        hint: o.seed
          ? 'Seeding needs pip on the package index (indexUrl).'
          : 'Check that the interpreter runs (see uv output above).',
      },
    );
  }
}

/**
 * The venv at `dir` on `pythonPath`: reused when it was made from that interpreter (a rerun of setup must not
 * throw away installed packages), recreated when made from another one, refused when `dir` holds other files.
 */
export async function ensureVenvAt(
  uv: Uv,
  pythonPath: string,
  dir: string,
  o: CreateVenvOptions & { logger: Logger },
): Promise<{ created: boolean }> {
  const home = (await readPyvenvCfg(dir))?.home;
  const sameHome = home !== undefined && path.resolve(home) === path.dirname(path.resolve(pythonPath));
  if (sameHome && (await fs.stat(venvPython(dir)).catch(() => undefined))) {
    o.logger.info(`Reusing venv ${dir}`);
    return { created: false };
  }
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  if (home === undefined && entries.length > 0) {
    throw new ConfigurationError(
      `${dir} exists and is not a virtual environment; refusing to overwrite it.`,
      {
        key: 'venv',
        requested: dir,
        hint: 'Choose another venv path, or delete the directory.',
      },
    );
  }
  await createVenv(uv, pythonPath, dir, o);
  o.logger.info(`Created venv ${dir}`);
  return { created: true };
}
