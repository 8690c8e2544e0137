// examples/library.ts (the README's typed example) type-checks against the PUBLISHED types (dist/types via the
// package's own `exports`) and runs against the local world.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';

const run = promisify(execFile);
const repo = path.resolve(__dirname, '..');
let world: World;
let tmp: string;

beforeAll(async () => {
  if (!existsSync(path.join(repo, 'dist', 'types', 'index.d.ts')))
    throw new Error('run `npm run build` first');
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-example-'));
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('examples/library.ts', () => {
  it('compiles with the package types (strict, NodeNext)', async () => {
    const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
    ];
    args.push('--types', 'node', '--skipLibCheck', path.join(repo, 'examples', 'library.ts'));
    const r = await run(process.execPath, [tsc, ...args], { cwd: repo }).catch((e: { stdout: string }) => {
      throw new Error(`tsc failed:\n${e.stdout}`);
    });
    expect(r.stdout).toBe('');
  });

  it('runs: setup then a persistent session in the venv', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOME: tmp,
      PYEMBED_ROOT: path.join(tmp, 'root'),
      PYEMBED_MIRROR: world.mirrorUrl,
      PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
      PYEMBED_INDEX_URL: world.indexUrl,
      GITHUB_API_URL: world.apiUrl,
      PYEMBED_BUILD: world.fixture.build, // the world's release, unknown to the bundled catalogue
      UV_CACHE_DIR: path.join(tmp, 'uv-cache'),
    };
    delete env.PYEMBED_CONFIG;
    const tsx = path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const r = await run(process.execPath, [tsx, path.join(repo, 'examples', 'library.ts')], {
      cwd: repo,
      env,
    });
    const out = JSON.parse(r.stdout.trim()) as {
      python: string;
      venv: string;
      tabulate: string;
      table: string;
    };
    expect(out.python).toBe('3.11.7');
    expect(out.venv).toMatch(/venvs[/\\]example$/);
    expect(out.tabulate).toBe('0.9.0');
    expect(out.table.split('\n')).toEqual(['  n  name', '---  ------', '  1  one', '  2  two']);
    expect(r.stderr).toMatch(/^resolve: [\d.]+ ms$/m);
  });
});
