// `pyembed setup --uv-version`: latest and ranges through the world's releases API, the project's
// required-version when not given, and a bad value refused as a configuration error before any request.
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { runCli, sandbox, type Sandbox } from './cli-helpers.js';

let world: World;
let sb: Sandbox;
let env: NodeJS.ProcessEnv;
const uvApiCalls = () => world.server.apiRequests().filter((r) => r.path.startsWith('/repos/astral-sh/uv/'));

beforeAll(async () => {
  world = await startWorld();
  sb = await sandbox();
  env = {
    ...sb.env,
    GITHUB_API_URL: world.apiUrl,
    PYEMBED_MIRROR: world.mirrorUrl,
    PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
    PYEMBED_INDEX_URL: world.indexUrl,
    PYEMBED_BUILD: world.fixture.build, // the world's release, unknown to the bundled catalogue
  };
});
afterAll(async () => {
  await world?.close();
  await sb?.cleanup();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('pyembed setup --uv-version', () => {
  it.each([
    ['latest', '/repos/astral-sh/uv/releases/latest'],
    ['>=0.13,<0.14', '/repos/astral-sh/uv/releases'],
  ])('%s: resolved through the releases API to 0.13.9', async (request, apiPath) => {
    const api = uvApiCalls().length;
    const r = await runCli(['setup', world.fixture.version, '--no-venv', '--json', '--uv-version', request], {
      env,
      cwd: sb.dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json<Json>().uv).toMatchObject({ version: '0.13.9' });
    expect(
      uvApiCalls()
        .slice(api)
        .map((c) => c.path.split('?')[0]),
    ).toEqual([apiPath]);
  });

  it("without it, the project's required-version; a range the pinned uv satisfies asks nothing", async () => {
    const project = await mkdtemp(path.join(sb.dir, 'proj-'));
    await writeFile(path.join(project, 'uv.toml'), 'required-version = ">=0.13"\n');
    const api = uvApiCalls().length;
    const r = await runCli(['setup', world.fixture.version, '--no-venv', '--json', '--verbose'], {
      env,
      cwd: project,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json<Json>().uv).toMatchObject({ version: '0.13.9' });
    expect(r.stderr).toContain(`uv version 0.13.9: from the required-version ">=0.13" in ${project}`);
    expect(uvApiCalls().length).toBe(api);
  });

  it('a value that is no version, latest or range is a configuration error before any request', async () => {
    const before = world.server.requests.length;
    const r = await runCli(['setup', world.fixture.version, '--json', '--uv-version', 'newest'], {
      env,
      cwd: sb.dir,
    });
    const { error } = r.json<{ error: Json }>();
    expect(error.name).toBe('ConfigurationError');
    expect(error.message).toMatch(/"newest" is not a uv version .*"latest" or a range/);
    expect(r.code).toBe(error.exitCode);
    expect(world.server.requests.length).toBe(before);
  });
});
