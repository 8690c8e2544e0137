/**
 * After an instance moved (import), its venvs still name the old place: `pyvenv.cfg` home, entry-point
 * shebangs, activate scripts, the interpreter symlinks. The venvs module knows how to re-point one venv.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import type { Logger } from '../log.js';
import { META_DIR } from '../venvs/layout.js';
import { recordedVenvPath, relocateVenv } from '../venvs/relocate.js';

export async function relocateInstanceVenvs(
  instanceDir: string,
  pythonPath: string,
  oldInstanceDir: string | undefined,
  log: Logger,
): Promise<void> {
  const venvs = path.join(instanceDir, 'venvs');
  for (const e of await fs.readdir(venvs, { withFileTypes: true }).catch(() => [])) {
    // External venvs are links (skipped at export); only real directories moved with the instance.
    if (!e.isDirectory() || e.name === META_DIR || e.name.startsWith('.')) continue;
    const to = path.join(venvs, e.name);
    const from =
      (await recordedVenvPath(to)) ??
      (oldInstanceDir ? path.join(oldInstanceDir, 'venvs', e.name) : undefined);
    if (!from) {
      log.warn(`venv ${e.name}: cannot tell where it used to live; only its interpreter link is re-pointed`);
    }
    try {
      await relocateVenv(to, { from: from ?? to, to, basePython: pythonPath });
    } catch (err) {
      log.warn(`venv ${e.name}: could not re-point it (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}
