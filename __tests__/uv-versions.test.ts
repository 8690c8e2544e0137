// The uv version a user asks for: exact (no API call), `latest` and ranges (the world's astral-sh/uv releases
// through its GitHub API), and, when none is given, the project's `required-version` (uv.toml / [tool.uv]).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  UvNotFoundError,
} from '../src/core/errors.js';
import { ensurePrivateUv, planSetup, runSetup } from '../src/core/setup/index.js';
import { DEFAULT_UV_VERSION } from '../src/core/uv/triple.js';
import { tryParseUvVersionRequest } from '../src/core/uv/version-request.js';
import { startWorld, UV_RELEASES_WITHOUT_BYTES, type World } from '../test-world/index.js';

let world: World;
let tmp: string;
const ASSET = 'uv-x86_64-unknown-linux-gnu.tar.gz';
const uvApiCalls = () => world.server.apiRequests().filter((r) => r.path.startsWith('/repos/astral-sh/uv/'));

beforeAll(async () => {
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-uv-versions-'));
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

const fresh = (name: string) => mkdtemp(path.join(tmp, `${name}-`));

/** ensurePrivateUv as setup calls it, against the world, in a fresh tools dir. */
async function ensure(version: string | undefined, o: { offline?: boolean; token?: string } = {}) {
  const dir = await fresh('tools');
  return ensurePrivateUv({
    version,
    toolsDir: dir,
    downloadBaseUrl: world.uvDownloadUrl,
    githubApiUrl: world.apiUrl,
    releasesCacheDir: path.join(dir, '.catalog'),
    ...o,
  });
}

describe('uv version requests', () => {
  it.each([
    ['0.13.9', 'exact'],
    ['v0.13.9', 'exact'],
    ['==0.13.9', 'exact'],
    ['latest', 'latest'],
    ['LATEST', 'latest'],
    ['>=0.13,<0.14', 'range'],
    ['~=0.13.0', 'range'],
    ['0.13.x', 'range'],
    ['^0.13.0', 'range'],
    ['~0.13.2', 'range'],
    ['0.13', 'range'],
    ['0.x', 'range'],
    ['>=0.12 <0.13.9', 'range'],
  ])('accepts %s as %s', (text, kind) => {
    expect(tryParseUvVersionRequest(text)?.kind).toBe(kind);
  });

  it.each([
    '',
    'newest',
    '>=0.13,<banana',
    '0.13.9; rm -rf /',
    '=>0.13',
    '0.13.x || 0.12.x',
    '>=0.12 banana',
  ])('refuses %j', (text) => {
    expect(tryParseUvVersionRequest(text)).toBeUndefined();
  });

  it('ranges follow PEP 440 and semver: bounds, and no prerelease unless the range names one', () => {
    const pep = tryParseUvVersionRequest('>=0.13,<0.14')!;
    const semver = tryParseUvVersionRequest('0.13.x')!;
    const named = tryParseUvVersionRequest('>=0.14.0a1')!;
    if (pep.kind !== 'range' || semver.kind !== 'range' || named.kind !== 'range')
      throw new Error('not ranges');
    expect(['0.12.4', '0.13.0', '0.13.9', '0.14.0', '0.14.0a1'].filter(pep.contains)).toEqual([
      '0.13.0',
      '0.13.9',
    ]);
    expect(['0.12.4', '0.13.0', '0.13.9', '0.14.0'].filter(semver.contains)).toEqual(['0.13.0', '0.13.9']);
    expect(named.contains('0.14.0a1')).toBe(true);
    // npm-style forms as setup-uv reads them
    const versions = [
      '0.0.3',
      '0.0.4',
      '0.12.4',
      '0.13.0',
      '0.13.8',
      '0.13.9',
      '0.14.0',
      '1.0.0',
      '1.2.0',
      '2.0.0',
    ];
    const within = (text: string) => {
      const r = tryParseUvVersionRequest(text)!;
      if (r.kind !== 'range') throw new Error(`${text} is not a range`);
      return versions.filter(r.contains);
    };
    expect(within('^0.13.8')).toEqual(['0.13.8', '0.13.9']);
    expect(within('^1.0.0')).toEqual(['1.0.0', '1.2.0']);
    expect(within('^0.0.3')).toEqual(['0.0.3']);
    expect(within('~0.13.8')).toEqual(['0.13.8', '0.13.9']);
    expect(within('0.13')).toEqual(['0.13.0', '0.13.8', '0.13.9']);
    expect(within('1.x')).toEqual(['1.0.0', '1.2.0']);
    expect(within('>=0.12 <0.13.9')).toEqual(['0.12.4', '0.13.0', '0.13.8']);
  });
});

describe('ensurePrivateUv: exact, latest and ranges against the releases API', () => {
  it('an exact version asks the API nothing and still verifies the published checksum', async () => {
    const api = uvApiCalls().length;
    const sums = world.server.downloadRequests(`${ASSET}.sha256`).length;
    const uv = await ensure(DEFAULT_UV_VERSION);
    expect(uv).toMatchObject({ version: DEFAULT_UV_VERSION, source: 'download' });
    expect(uvApiCalls().length).toBe(api);
    expect(world.server.downloadRequests(`${ASSET}.sha256`).length).toBe(sums + 1);
  });

  it('latest: one call to releases/latest, the token sent to that API, the checksum verified', async () => {
    const api = uvApiCalls().length;
    const sums = world.server.downloadRequests(`${ASSET}.sha256`).length;
    const uv = await ensure('latest', { token: 'ghs_uv_versions_token' });
    expect(uv).toMatchObject({ version: '0.13.9', source: 'download' });
    const calls = uvApiCalls().slice(api);
    expect(calls.map((c) => c.path)).toEqual(['/repos/astral-sh/uv/releases/latest']);
    expect(calls[0].headers.authorization).toMatch(/ghs_uv_versions_token/);
    expect(world.server.downloadRequests(`${ASSET}.sha256`).length).toBe(sums + 1);
    // the archive comes from the uv download base, a mirror: the token is not its business
    const download = world.server.downloadRequests(ASSET).at(-1)!;
    expect(download.headers.authorization).toBeUndefined();
  });

  it.each(['>=0.13,<0.14', '0.13.x', '>=0.12'])(
    'range %s: the newest matching release (0.13.9) from the releases list',
    async (range) => {
      const api = uvApiCalls().length;
      expect(await ensure(range)).toMatchObject({ version: '0.13.9', source: 'download' });
      expect(
        uvApiCalls()
          .slice(api)
          .map((c) => c.path.split('?')[0]),
      ).toEqual(['/repos/astral-sh/uv/releases']);
    },
  );

  it('a range that picks a release whose archive is not served fails naming it, and installs nothing', async () => {
    const older = UV_RELEASES_WITHOUT_BYTES[0].tag;
    const dir = await fresh('absent');
    const e = await ensurePrivateUv({
      version: '<0.13.9',
      toolsDir: dir,
      downloadBaseUrl: world.uvDownloadUrl,
      githubApiUrl: world.apiUrl,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DownloadError);
    expect((e as Error).message).toContain(`${older}/${ASSET}`);
    expect(existsSync(path.join(dir, 'uv', older))).toBe(false);
  });

  it('a range no release satisfies is UvNotFoundError listing the releases there are', async () => {
    const e = await ensure('>=0.14').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UvNotFoundError);
    expect((e as UvNotFoundError).message).toMatch(/No uv release matches ">=0.14"/);
    expect((e as UvNotFoundError).details.available).toEqual(['0.13.9', '0.13.8', '0.12.4']);
  });

  it("a given checksum (setup-uv's checksum) is what the archive must have", async () => {
    const e = await ensurePrivateUv({
      version: 'latest',
      sha256: '0'.repeat(64),
      toolsDir: await fresh('checksum'),
      downloadBaseUrl: world.uvDownloadUrl,
      githubApiUrl: world.apiUrl,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChecksumMismatchError);
    expect(String((e as ChecksumMismatchError).message)).toContain(ASSET);
  });

  it('offline, latest or a range is refused before any request', async () => {
    const before = world.server.requests.length;
    await expect(ensure('latest', { offline: true })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(ensure('>=0.13', { offline: true })).rejects.toThrow(/offline mode forbids asking/);
    expect(world.server.requests.length).toBe(before);
  });
});

describe("setup without a uv version: the project's required-version", () => {
  const base = (cwd: string) => ({
    cwd,
    root: path.join(cwd, 'root'),
    toolsDir: path.join(cwd, 'tools'),
    build: world.fixture.build, // the world's release, unknown to the bundled catalogue
    mirror: world.mirrorUrl,
    uvDownloadUrl: world.uvDownloadUrl,
    githubApiUrl: world.apiUrl,
    indexUrl: world.indexUrl,
    python: world.fixture.version,
  });

  it.each([
    [
      'uv.toml beats [tool.uv] in one directory',
      {
        'uv.toml': 'required-version = "==0.12.4"\n',
        'pyproject.toml': '[tool.uv]\nrequired-version = "0.13.8"\n',
      },
      '0.12.4',
      'uv.toml',
    ],
    [
      'an exact [tool.uv] pin',
      { 'pyproject.toml': '[project]\nname = "p"\n[tool.uv]\nrequired-version = "0.13.8"\n' },
      '0.13.8',
      'pyproject.toml',
    ],
    [
      'a range the pinned uv satisfies: the pinned uv',
      { 'uv.toml': 'required-version = ">=0.13"\n' },
      DEFAULT_UV_VERSION,
      'uv.toml',
    ],
    [
      'a range it does not: the range, resolved when run',
      { 'uv.toml': 'required-version = "<0.13.9"\n' },
      '<0.13.9',
      'uv.toml',
    ],
    [
      'no required-version: the pinned uv',
      { 'pyproject.toml': '[project]\nname = "p"\n' },
      DEFAULT_UV_VERSION,
      undefined,
    ],
    [
      'a file that is not TOML is passed over',
      { 'pyproject.toml': '[project\n' },
      DEFAULT_UV_VERSION,
      undefined,
    ],
  ] as const)('%s', async (_, files, version, file) => {
    const cwd = await fresh('plan');
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(cwd, name), text);
    const before = world.server.requests.length;
    const plan = await planSetup(base(cwd));
    expect(plan.uv.requested.version).toBe(version);
    expect(plan.uv.requested.source).toEqual(
      file ? expect.stringContaining(path.join(cwd, file)) : 'default',
    );
    // given explicitly, the project's file is not read
    expect((await planSetup({ ...base(cwd), uvVersion: 'latest' })).uv.requested).toEqual({
      version: 'latest',
      source: 'uvVersion',
    });
    expect(world.server.requests.length).toBe(before);
  });

  it("reads the pyproject's directory before the working directory", async () => {
    const cwd = await fresh('projdir');
    await writeFile(path.join(cwd, 'uv.toml'), 'required-version = "==0.12.4"\n');
    await mkdir(path.join(cwd, 'proj'));
    await writeFile(
      path.join(cwd, 'proj', 'pyproject.toml'),
      '[project]\nname = "p"\nversion = "1"\n[tool.uv]\nrequired-version = "==0.13.8"\n',
    );
    const plan = await planSetup({ ...base(cwd), pyproject: 'proj' });
    expect(plan.uv.requested.version).toBe('0.13.8');
  });

  it('a required-version that is no version is refused before any work, naming the file', async () => {
    const cwd = await fresh('badreq');
    await writeFile(path.join(cwd, 'uv.toml'), 'required-version = "newest"\n');
    const before = world.server.requests.length;
    const e = await planSetup(base(cwd)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect((e as Error).message).toContain(path.join(cwd, 'uv.toml'));
    expect(world.server.requests.length).toBe(before);
  });

  it('runs: a satisfied range installs the pinned uv with no API call; an unsatisfied one resolves and fails clearly', async () => {
    const cwd = await fresh('run');
    await writeFile(path.join(cwd, 'uv.toml'), 'required-version = ">=0.13,<0.14"\n');
    const api = uvApiCalls().length;
    const r = await runSetup({ ...base(cwd), venv: false });
    expect(r.uv.version).toBe(DEFAULT_UV_VERSION);
    expect(uvApiCalls().length).toBe(api);

    await writeFile(path.join(cwd, 'uv.toml'), 'required-version = "<0.13.9"\n');
    const e = await runSetup({ ...base(cwd), toolsDir: path.join(cwd, 'tools2'), venv: false }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DownloadError);
    expect((e as Error).message).toContain(`0.13.8/${ASSET}`);
    expect(uvApiCalls().length).toBe(api + 1);
  });
});
