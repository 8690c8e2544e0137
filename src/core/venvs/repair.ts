import { fs } from '../async-fs.js';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import { readPyvenvCfg } from './layout.js';
import { recordedVenvPath, relocateVenv } from './relocate.js';

/** An existing external venv is taken over only if it is built on this instance's interpreter. */
export async function assertVenvOf(dir: string, pythonPath: string): Promise<void> {
  const home = (await readPyvenvCfg(dir))?.home;
  const mine = path.dirname(pythonPath);
  if (home && path.resolve(home) !== mine && !(await sameFile(home, mine))) {
    throw new ConfigurationError(`${dir} is a venv of another Python (home = ${home}).`, {
      requested: dir,
      hint: 'Pass recreate: true to rebuild it on this instance, or choose another path.',
    });
  }
}

/**
 * If the venv or its instance moved (an instance export/import, a renamed root), re-point the venv's own
 * paths (read back from `bin/activate`) and `home` + interpreter links (when the old interpreter is gone).
 */
export async function repairMovedVenv(venvDir: string, pythonPath: string, logger: Logger): Promise<void> {
  const recorded = await recordedVenvPath(venvDir);
  const home = (await readPyvenvCfg(venvDir))?.home;
  const mine = path.dirname(pythonPath);
  const homeMoved =
    home !== undefined &&
    path.resolve(home) !== mine &&
    !(await sameFile(home, mine)) &&
    !(await fs.stat(path.join(home, path.basename(pythonPath))).catch(() => undefined));
  const selfMoved = recorded !== undefined && path.resolve(recorded) !== venvDir;
  if (!homeMoved && !selfMoved) return;
  logger.info(`Venv ${venvDir} moved (was ${recorded ?? venvDir}, home ${home}); re-pointing its paths.`);
  await relocateVenv(venvDir, {
    from: recorded ?? venvDir,
    to: venvDir,
    ...(homeMoved ? { basePython: pythonPath } : {}),
  });
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}
