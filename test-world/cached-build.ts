// Build-once caching for the world's fixtures, safe under concurrent builders (processes or promises):
// each builder fills its own temp dir next to the final one, then renames it into place. rename(2) of a
// directory onto a non-empty one fails, so the first finisher wins and the others discard their copy.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const STALE_MS = 3_600_000;

export async function buildCached<T>(
  finalDir: string,
  read: (dir: string) => Promise<T | undefined>,
  build: (tmpDir: string) => Promise<void>,
): Promise<T> {
  const cached = await read(finalDir);
  if (cached !== undefined) return cached;
  const parent = path.dirname(finalDir);
  await fs.mkdir(parent, { recursive: true });
  await sweepStale(parent);
  const tmp = path.join(
    parent,
    `.tmp-${path.basename(finalDir)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  await fs.mkdir(tmp);
  try {
    await build(tmp);
    if ((await read(tmp)) === undefined) throw new Error(`build into ${tmp} produced nothing readable`);
    // A final dir that exists but is unreadable (a file deleted by hand) would block the rename forever:
    // move it aside. A freshly renamed dir is always complete, so this never hits a concurrent winner
    // (unless two builders both found the same broken dir at once: then the later one replaces it again).
    const exists = await fs.stat(finalDir).then(
      () => true,
      () => false,
    );
    if (exists && (await read(finalDir)) === undefined) {
      await fs.rename(finalDir, `${tmp}-broken`).catch(() => undefined);
      await fs.rm(`${tmp}-broken`, { recursive: true, force: true });
    }
    try {
      await fs.rename(tmp, finalDir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
    const result = await read(finalDir);
    if (result === undefined) throw new Error(`cache dir ${finalDir} is unreadable after the build`);
    return result;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** Drops temp dirs of builders that died (older than an hour, so never a live one). */
async function sweepStale(parent: string): Promise<void> {
  for (const n of await fs.readdir(parent)) {
    if (!n.startsWith('.tmp-')) continue;
    const p = path.join(parent, n);
    const st = await fs.stat(p).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > STALE_MS) await fs.rm(p, { recursive: true, force: true });
  }
}
