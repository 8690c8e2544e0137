// The install rows' Node floor (bench/lib/floor.mjs extract) must do the same job as the baseline it is set
// against: the archive over HTTP from the world, written as `tar -x` writes it. Same paths, types, modes,
// link targets, file contents and file mtimes; otherwise the floor would flatter or damn every install row.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { repoRoot } from '../test-world/paths.js';

const run = promisify(execFile);
let world: World;
let dir: string;

beforeAll(async () => {
  world = await startWorld();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-floor-'));
}, 300_000);

afterAll(async () => {
  await world?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Every entry under `root`: path, type, permission bits, link target, and for files mtime and a digest. */
async function tree(root: string): Promise<string> {
  const { stdout } = await run('find', ['.', '-printf', '%p %y %m %l\n'], { cwd: root, maxBuffer: 64 << 20 });
  const { stdout: files } = await run(
    'bash',
    ['-c', 'find . -type f -printf "%p %T@\\n" | sort; find . -type f -print0 | sort -z | xargs -0 md5sum'],
    { cwd: root, maxBuffer: 64 << 20 },
  );
  return [...stdout.split('\n').sort(), files].join('\n');
}

it('writes the same tree as curl | tar -xz, from the same URL', async () => {
  const archive = world.fixture.archives.find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
  const url = `${world.mirrorUrl}/${world.fixture.build}/${encodeURIComponent(archive.assetName)}`;
  const floor = path.join(dir, 'floor');
  const tar = path.join(dir, 'tar');
  await fs.mkdir(tar);
  await run(process.execPath, [path.join(repoRoot, 'bench/lib/floor.mjs'), 'extract', url, floor]);
  await run('bash', ['-c', 'curl -sSf "$1" | tar -xz -C "$2"', 'sh', url, tar]);
  const [a, b] = await Promise.all([tree(floor), tree(tar)]);
  expect(a.split('\n').length).toBeGreaterThan(3000);
  expect(a).toBe(b);
}, 120_000);
