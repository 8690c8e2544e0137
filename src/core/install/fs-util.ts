/** Small file-system helpers whose point is a precise error message. */
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export function fsErrorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as NodeJS.ErrnoException).code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}

/**
 * mkdir -p that names the real reason: a recursive mkdir under a read-only or foreign directory reports
 * ENOENT, so the nearest existing ancestor is asked whether it is writable.
 */
export async function makeDirs(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    let up = path.dirname(dir);
    while (!(await fs.stat(up).catch(() => undefined)) && path.dirname(up) !== up) up = path.dirname(up);
    await fs.access(up, fsConstants.W_OK); // throws EROFS / EACCES when that is the cause
    throw e;
  }
}
