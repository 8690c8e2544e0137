import { fs } from '../async-fs.js';
import path from 'node:path';
import { exists, renameWithRetry } from '../fs.js';

/** Free MB on the filesystem that holds `dir` (or its nearest existing parent). */
export async function freeSpaceMB(dir: string): Promise<number> {
  while (!(await exists(dir)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const s = await fs.statfs(dir);
  return (s.bavail * s.bsize) / (1024 * 1024);
}

/** Removes an instance tree under `root`, renaming it away first: a half-deleted tree never looks like one. */
export async function removeInstanceTree(root: string, dir: string): Promise<void> {
  const trash = path.join(root, `.trash-${path.basename(dir)}-${process.pid}-${Date.now()}`);
  await renameWithRetry(dir, trash);
  await fs.rm(trash, { recursive: true, force: true });
}

/** Apparent size of a tree (files counted once per inode, symlinks not followed). */
export async function dirSize(dir: string): Promise<number> {
  let total = 0;
  const seen = new Set<string>();
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        const st = await fs.lstat(p);
        const id = `${st.dev}:${st.ino}`;
        if (st.nlink > 1 && seen.has(id)) continue;
        seen.add(id);
        total += st.size;
      }
    }
  };
  await walk(dir);
  return total;
}
