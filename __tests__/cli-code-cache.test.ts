// The built CLI keeps a V8 code cache per command beside Node's compile cache (src/cli/code-cache.ts): written
// after the first run of a command, used as it is by the next, written again when it is damaged, never written
// when the compile cache is turned off. Each run still answers the same.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from './cli-helpers.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(async () => {
  await sb.cleanup();
});

const cacheDir = (name: string) => path.join(sb.dir, name);
const cacheFiles = async (name: string) =>
  (await readdir(path.join(cacheDir(name), 'pyembed')).catch(() => [] as string[])).filter((f) =>
    f.endsWith('.bin'),
  );

describe('the CLI code cache', () => {
  it('is written after a command, reused by the next run, and written again when damaged', async () => {
    const env = { ...sb.env, NODE_COMPILE_CACHE: cacheDir('cc') };
    const first = await runCli(['list', '--json'], { env });
    expect(first.code).toBe(0);
    const [file] = await cacheFiles('cc');
    expect(file).toMatch(new RegExp(`-${process.version}-${process.arch}-list\\.bin$`));
    const full = path.join(cacheDir('cc'), 'pyembed', file);
    const written = await stat(full);
    expect(written.size).toBeGreaterThan(10_000);

    const second = await runCli(['list', '--json'], { env });
    expect([second.code, second.stdout]).toEqual([0, first.stdout]);
    expect((await stat(full)).mtimeMs).toBe(written.mtimeMs); // accepted: left as it was

    await writeFile(full, 'not a code cache');
    const third = await runCli(['list', '--json'], { env });
    expect([third.code, third.stdout]).toEqual([0, first.stdout]);
    expect((await readFile(full)).length).toBeGreaterThan(10_000);

    await runCli(['du', '--json'], { env });
    expect((await cacheFiles('cc')).sort()).toEqual([file.replace(/-list\.bin$/, '-du.bin'), file]);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const env = { ...sb.env, NODE_COMPILE_CACHE: cacheDir('off'), NODE_DISABLE_COMPILE_CACHE: '1' };
    const r = await runCli(['list', '--json'], { env });
    expect(r.code).toBe(0);
    expect(await cacheFiles('off')).toEqual([]);
  });
});
