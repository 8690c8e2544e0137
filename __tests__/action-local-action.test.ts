import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startWorld, type World } from '../test-world/index.js';

// The action's TypeScript sources run by @github/local-action (main + post), inputs from a .env file. Its
// @actions/cache stub keeps caches in LOCAL_ACTION_CACHE_PATH, so the uv cache round trip is real here too.
let world: World;
let tmp: string;

const pbsDownloads = () =>
  world.fixture.archives.reduce((n, a) => n + world.server.downloadRequests(a.assetName).length, 0);

function localAction(envFile: string): Promise<{ code: number | null; output: string }> {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'local-action');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['run', '.', 'src/action/main.ts', envFile, '--post', 'src/action/post.ts'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const outputsOf = (log: string) =>
  Object.fromEntries([...log.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map((m) => [m[1], m[2]]));

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-local-action-'));
  for (const d of ['ws', 'cache', 'tool-cache', 'temp']) await fs.mkdir(path.join(tmp, d));
  await fs.writeFile(path.join(tmp, 'ws', 'requirements.txt'), 'six==1.17.0\n');
});

afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('@github/local-action', () => {
  it('runs main and post from the sources; the second run hits the tool cache and the uv cache', async () => {
    const env = (venv: string) =>
      [
        `INPUT_PYTHON-VERSION=${world.fixture.version}`,
        `INPUT_BUILD=${world.fixture.build}`, // the world's release, unknown to the bundled catalogue
        `INPUT_MIRROR=${world.mirrorUrl}`,
        `INPUT_UV-DOWNLOAD-URL=${world.uvDownloadUrl}`,
        `INPUT_INDEX-URL=${world.indexUrl}`,
        'INPUT_REQUIREMENTS=requirements.txt',
        `INPUT_VENV=${venv}`,
        'INPUT_CACHE=true',
        `GITHUB_API_URL=${world.apiUrl}`,
        `GITHUB_WORKSPACE=${path.join(tmp, 'ws')}`,
        `LOCAL_ACTION_WORKSPACE=${path.join(tmp, 'ws')}`,
        `LOCAL_ACTION_CACHE_PATH=${path.join(tmp, 'cache')}`,
        `RUNNER_TOOL_CACHE=${path.join(tmp, 'tool-cache')}`,
        `RUNNER_TEMP=${path.join(tmp, 'temp')}`,
        `HOME=${tmp}`,
      ].join('\n') + '\n';
    await fs.writeFile(path.join(tmp, 'first.env'), env('.venv'));
    await fs.writeFile(path.join(tmp, 'second.env'), env('.venv-2'));

    const first = await localAction(path.join(tmp, 'first.env'));
    expect(first.code, first.output).toBe(0);
    expect(outputsOf(first.output)).toMatchObject({
      'python-version': world.fixture.version,
      'python-cache-hit': 'false',
      'cache-hit': 'false',
      'venv-path': path.join(tmp, 'ws', '.venv'),
    });
    expect(first.output).toMatch(/uv cache saved as pyembed-uv-2-/);
    expect(await fs.readdir(path.join(tmp, 'cache'))).toHaveLength(1);
    const downloads = pbsDownloads();
    expect(downloads).toBe(1);

    const second = await localAction(path.join(tmp, 'second.env'));
    expect(second.code, second.output).toBe(0);
    expect(outputsOf(second.output)).toMatchObject({ 'python-cache-hit': 'true', 'cache-hit': 'true' });
    expect(second.output).toMatch(/uv cache hit on pyembed-uv-2-.*: not saving/);
    expect(pbsDownloads()).toBe(downloads);
  }, 240_000);
});
