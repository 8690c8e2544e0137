// The world's build cache under concurrency, and `tsx test-world/start.ts` as the demo/bench use it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCached } from '../test-world/cached-build.js';
import { repoRoot } from '../test-world/paths.js';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'world-cache-'));
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

/** A two-file "fixture": data + a manifest naming its sha; readable only when both agree. */
async function read(dir: string): Promise<string | undefined> {
  try {
    const token = (await fs.readFile(path.join(dir, 'manifest'), 'utf8')).trim();
    const data = await fs.readFile(path.join(dir, 'data'), 'utf8');
    return data === token.repeat(1000) ? token : undefined;
  } catch {
    return undefined;
  }
}

describe('buildCached', () => {
  it('lets concurrent builders finish with one intact copy that all of them return', async () => {
    const final = path.join(root, 'pbs', 'abc');
    let builds = 0;
    const build = async (tmp: string) => {
      builds++;
      const token = randomBytes(8).toString('hex');
      await fs.writeFile(path.join(tmp, 'data'), token.repeat(1000));
      await sleep(Math.random() * 30);
      await fs.writeFile(path.join(tmp, 'manifest'), token);
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => buildCached(final, read, build)));
    expect(builds).toBe(6); // none was cached when they started
    expect(new Set(results).size).toBe(1);
    expect(await read(final)).toBe(results[0]);
    expect((await fs.readdir(path.dirname(final))).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    expect(await buildCached(final, read, build)).toBe(results[0]);
    expect(builds).toBe(6); // cached: not rebuilt
  });

  it('rebuilds a cache dir that lost a file, and fails loudly when a build produces nothing', async () => {
    const final = path.join(root, 'x');
    const build = async (tmp: string) => {
      await fs.writeFile(path.join(tmp, 'data'), 'ab'.repeat(1000));
      await fs.writeFile(path.join(tmp, 'manifest'), 'ab');
    };
    await buildCached(final, read, build);
    await fs.rm(path.join(final, 'data'));
    expect(await buildCached(final, read, build)).toBe('ab');
    await expect(buildCached(path.join(root, 'y'), read, async () => {})).rejects.toThrow(/produced nothing/);
  });
});

describe('test-world/start.ts', () => {
  it('prints one JSON line with the URLs, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['test-world/start.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
      child.on('exit', (code) => reject(new Error(`start.ts exited ${code}: ${stderr}`)));
    });
    const info = JSON.parse(line) as {
      mirrorUrl: string;
      indexUrl: string;
      fixture: { build: string };
      paths: { uv: string };
    };
    expect(info.mirrorUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/astral-sh\/python-build-standalone\/releases\/download$/,
    );
    expect((await fetch(`${info.mirrorUrl}/${info.fixture.build}/SHA256SUMS`)).status).toBe(200);
    expect((await fetch(info.indexUrl)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopped on SIGTERM');
  });
});
