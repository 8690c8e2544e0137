import { fs } from '../async-fs.js';
import path from 'node:path';
import { nearestExisting, whyNotWritable } from '../fs.js';
import type { DiagnoseCheck } from './types.js';

const GiB = 1024 ** 3;

export async function freeDiskCheck(root: string, minFreeBytes = GiB): Promise<DiagnoseCheck> {
  const where = await nearestExisting(root);
  try {
    const st = await fs.statfs(where);
    const free = Number(st.bavail) * Number(st.bsize);
    const data = { path: root, measuredAt: where, freeBytes: free, minFreeBytes };
    const text = `${formatBytes(free)} free in ${root}`;
    if (free < minFreeBytes / 8) {
      return {
        group: 'disk',
        name: 'free disk',
        status: 'fail',
        detail: `${text}; one Python needs ~100-300 MB: free some space.`,
        data,
      };
    }
    if (free < minFreeBytes) {
      return {
        group: 'disk',
        name: 'free disk',
        status: 'warn',
        detail: `${text} (below ${formatBytes(minFreeBytes)}).`,
        data,
      };
    }
    return { group: 'disk', name: 'free disk', status: 'ok', detail: text, data };
  } catch (e) {
    return {
      group: 'disk',
      name: 'free disk',
      status: 'warn',
      detail: `cannot measure free space in ${root}: ${(e as Error).message}`,
    };
  }
}

/**
 * A directory is usable when a file can be created in it, or — when it does not exist yet — when its
 * nearest existing ancestor is writable (so the installer can create it). Nothing is left behind.
 */
export async function writableCheck(dir: string): Promise<DiagnoseCheck> {
  const where = await nearestExisting(dir);
  const exists = path.resolve(dir) === where;
  if (!(await fs.stat(where)).isDirectory()) {
    return {
      group: 'dirs',
      name: dir,
      status: 'fail',
      detail: `${where} is a file, not a directory.`,
      data: { exists: false },
    };
  }
  const why = await whyNotWritable(where);
  if (why) {
    return {
      group: 'dirs',
      name: dir,
      status: 'fail',
      detail: `not writable (${why} at ${where}); choose another directory or fix its permissions.`,
      data: { exists },
    };
  }
  return {
    group: 'dirs',
    name: dir,
    status: 'ok',
    detail: exists ? 'writable' : `does not exist yet; creatable under ${where}`,
    data: { exists },
  };
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
