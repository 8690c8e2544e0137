// `pyembed setup` (the built CLI) with a locked uv project against the local world: the project flags
// (--group, --no-default-groups, --all-extras, --no-editable, --lock) reach uv sync, the table names the lock.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { assertBuilt, runCli, sandbox, type CliRun, type Sandbox } from './cli-helpers.js';
import { lockProject, versionsIn, writeUvProject } from './helpers/projects.js';
import { BACKEND_PY } from './uv-harness.js';

const run = promisify(execFile);
let world: World;
let sb: Sandbox;
let cli: (args: string[]) => Promise<CliRun>;
let project: string;

beforeAll(async () => {
  assertBuilt();
  world = await startWorld();
  sb = await sandbox();
  const env = {
    ...sb.env,
    GITHUB_API_URL: world.apiUrl,
    PYEMBED_MIRROR: world.mirrorUrl,
    PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
    PYEMBED_INDEX_URL: world.indexUrl,
    PYEMBED_PYTHON: '3.11.7',
    PYEMBED_BUILD: world.fixture.build, // the world's release, unknown to the bundled catalogue
  };
  cli = (args) => runCli(args, { env, cwd: sb.dir });
  project = await writeUvProject(
    path.join(sb.dir, 'proj'),
    {
      name: 'proj',
      dependencies: ['six'],
      packaged: true,
      extras: { net: ['idna'] },
      groups: { dev: ['iniconfig'], lint: ['tomli'] },
    },
    BACKEND_PY,
  );
  await lockProject(project, world.indexUrl, 'python3', '--upgrade-package=six==1.16.0');
});
afterAll(async () => {
  await world?.close();
  await sb?.cleanup();
});

describe('pyembed setup with a uv project', () => {
  it('installs the lock with the groups and extras asked for, and names the lock', async () => {
    const r = await cli([
      'setup',
      '--venv',
      './v1',
      '--pyproject',
      'proj',
      '--group',
      'lint',
      '--no-default-groups',
      '--all-extras',
      '--no-editable',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const venvPy = path.join(sb.dir, 'v1', 'bin', 'python');
    const versions = await versionsIn(venvPy, ['six', 'iniconfig', 'tomli', 'idna', 'proj']);
    expect(versions).toEqual({ six: '1.16.0', iniconfig: null, tomli: '2.2.1', idna: '3.10', proj: '0.1.0' });
    const where = await run(venvPy, ['-c', 'import proj; print(proj.__file__)']);
    expect(where.stdout.trim()).toMatch(/v1\/lib\/python3\.11\/site-packages\/proj\/__init__\.py$/);
    expect(r.stdout).toMatch(new RegExp(`lock \\(locked\\)\\s+${path.join(project, 'uv.lock')}`));
    expect(r.stdout).toMatch(/groups\s+lint\n/);
    expect(r.stdout).toMatch(/extras\s+\(all\)\n/);
  });

  it('--lock ignore resolves afresh; --lock bogus is refused before any work', async () => {
    const fresh = await cli(['setup', '--venv', './v2', '--pyproject', 'proj', '--lock', 'ignore', '--json']);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.json<{ packages: { lock?: unknown } }>().packages.lock).toBeUndefined();
    const six = await versionsIn(path.join(sb.dir, 'v2', 'bin', 'python'), ['six']);
    expect(six).toEqual({ six: '1.17.0' });
    const bad = await cli(['setup', '--venv', './v3', '--pyproject', 'proj', '--lock', 'bogus', '--json']);
    expect(bad.code).toBe(40);
    expect(bad.json<{ error: { message: string } }>().error.message).toBe(
      'lock must be one of auto, frozen, ignore, not "bogus".',
    );
  });
});
