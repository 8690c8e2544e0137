// uv project inputs planSetup refuses before any work: each a typed error with guidance, no request to the
// world (catalogue, Python, uv, index) and nothing written. The locks are made by the pinned uv.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, RequirementsFileError, type PythonEmbeddedError } from '../src/core/errors.js';
import { planSetup, runSetup, type SetupOptions } from '../src/core/setup/index.js';
import { startWorld, type World } from '../test-world/index.js';
import { lockProject, writeUvProject } from './helpers/projects.js';

let world: World;
let tmp: string;

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-projects-refused-'));
  const app = await writeUvProject(path.join(tmp, 'app'), {
    name: 'app',
    dependencies: ['six'],
    extras: { net: ['idna'] },
    groups: { dev: ['iniconfig'], lint: ['tomli'] },
  });
  // the machine's python is enough to lock (uv only needs an interpreter matching requires-python)
  await lockProject(app, world.indexUrl, 'python3');
  await writeUvProject(path.join(tmp, 'unlocked'), { name: 'unlocked', groups: { dev: ['iniconfig'] } });
  const broken = await writeUvProject(path.join(tmp, 'broken'), { name: 'broken' });
  await fs.writeFile(path.join(broken, 'uv.lock'), 'version = 1\n[[package]\nname = "x"\n');
  await fs.writeFile(path.join(tmp, 'pylock.toml'), 'lock-version = "1.0"\n');
  await fs.writeFile(path.join(tmp, 'r.txt'), 'six\n');
});
afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

const refused: [string, Partial<SetupOptions>, new (...a: never[]) => PythonEmbeddedError, RegExp][] = [
  [
    'lock: bogus',
    { pyproject: 'app', lock: 'bogus' },
    ConfigurationError,
    /lock must be one of auto, frozen, ignore/,
  ],
  ['lock: bogus without a project', { lock: 'bogus' }, ConfigurationError, /lock must be one of/],
  [
    'a lock that is not TOML',
    { pyproject: 'broken' },
    RequirementsFileError,
    /broken[/\\]uv\.lock is not valid TOML/,
  ],
  [
    'a group that does not exist',
    { pyproject: 'app', groups: ['docs'] },
    ConfigurationError,
    /no dependency group "docs"/,
  ],
  [
    'a group that does not exist (no lock)',
    { pyproject: 'unlocked', groups: ['docs'] },
    ConfigurationError,
    /no dependency group "docs"/,
  ],
  [
    'an extra that does not exist',
    { pyproject: 'app', extras: ['gui'] },
    ConfigurationError,
    /no extra "gui"/,
  ],
  [
    'a workspace member that does not exist',
    { pyproject: 'app', workspacePackage: 'nope' },
    ConfigurationError,
    /"nope" is not a member of the workspace/,
  ],
  [
    'all-groups without a lock',
    { pyproject: 'unlocked', allGroups: true },
    ConfigurationError,
    /allGroups need\(s\) the project's uv\.lock/,
  ],
  ['groups without a pyproject', { groups: ['dev'] }, ConfigurationError, /no pyproject was given/],
  [
    'lock: frozen without a lock',
    { pyproject: 'unlocked', lock: 'frozen' },
    ConfigurationError,
    /there is none/,
  ],
  [
    'an index-url the lock was not made against (a mirror)',
    { pyproject: 'app', indexUrl: 'http://127.0.0.1:9/mirror/simple/' },
    ConfigurationError,
    /uv\.lock was made against http:\/\/127\.0\.0\.1:\d+\/simple\/, but index-url is http:\/\/127\.0\.0\.1:9\/mirror\/simple\//,
  ],
  [
    'a pylock.toml with another requirements file',
    { requirements: ['pylock.toml', 'r.txt'] },
    ConfigurationError,
    /uv installs it alone, not together with .*r\.txt/,
  ],
  [
    'a pylock.toml with a package',
    { requirements: ['pylock.toml'], packages: ['six'] },
    ConfigurationError,
    /not together with six/,
  ],
];

describe('planSetup refuses bad project inputs before any work', () => {
  it.each(refused)('%s', async (_, o, type, message) => {
    const options: SetupOptions = {
      cwd: tmp,
      root: path.join(tmp, 'root'),
      toolsDir: path.join(tmp, 'tools'),
      catalogSource: 'github',
      githubApiUrl: world.apiUrl,
      mirror: world.mirrorUrl,
      uvDownloadUrl: world.uvDownloadUrl,
      indexUrl: world.indexUrl,
      python: '3.11.7',
      venv: '.venv',
      ...o,
    };
    const requests = world.server.requests.length;
    const planned = await planSetup(options).catch((e: unknown) => e);
    expect(planned).toBeInstanceOf(type);
    expect((planned as Error).message).toMatch(message);
    expect((planned as PythonEmbeddedError).details.hint).toEqual(expect.any(String));
    await expect(runSetup(options)).rejects.toBeInstanceOf(type);
    expect(world.server.requests.length).toBe(requests);
    for (const d of ['root', 'tools', '.venv']) expect(existsSync(path.join(tmp, d)), d).toBe(false);
  });
});
