import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, toolsDir, type World } from '../test-world/index.js';
import { actLog, actScratch, dropActScratch, prepareActionRepo, runAct } from './workflows/act.js';

// The drop-in promise: a setup-python or setup-uv user's workflow (__tests__/workflows/compat-*.yml, the facts
// the peers' own e2e workflows check) passes with `uses: ./`, under act against the local world. Each step
// prints a `COMPAT-… <fact>` line only when its checks held; every line must be there.
let world: World;
let scratch: string;

const PYTHON_FACTS = [
  'exact',
  'environment',
  'minor',
  'equal',
  'less-than',
  'python-path',
  'dev',
  'allow-prereleases',
  'python-version-file',
  '.python-version without parameter',
  'pyproject',
  'poetry',
  'tool-versions',
  'Pipfile',
  'update-environment false',
  'check-latest',
  'cache pip',
  'cache pip then pip install',
  'cache pipenv',
  'cache poetry',
  'pip install with seed',
  'token',
];
const UV_FACTS = [
  'no-modify-path',
  'cache disabled',
  'cache disabled, explicit path',
  'cache-local-path, cache-key, cache-suffix',
  'default',
  'version',
  'version latest',
  'version pep440 range',
  'version semver range',
  'version-file requirements',
  'version-file hashes',
  'version-file tool-versions',
  'version-file absolute',
  'version-file relative to working-directory',
  'version from working-directory',
  'required-version range',
  'malformed pyproject',
  'python-version',
  'activate-environment',
  'venv-path',
  'uvx',
  'tool install',
  'tool-dir',
  'github-token',
];

function actEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    COMPAT_PYTHON: world.fixture.version,
    COMPAT_UV: '0.13.9',
    // the world: its mirror, its one build (so 3.11, 3.11-dev, <3.12 mean its CPython), uv, index, API
    PYEMBED_MIRROR: world.mirrorUrl,
    PYEMBED_BUILD: world.fixture.build,
    PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
    PYEMBED_INDEX_URL: world.indexUrl,
    GITHUB_API_URL: world.apiUrl,
    ...extra,
  };
}

async function runCompat(workflow: string, files: Record<string, string>, env: Record<string, string>) {
  const dir = await fs.mkdtemp(path.join(scratch, 'run-'));
  const repo = path.join(dir, 'repo');
  await prepareActionRepo(repo, { workflows: [workflow], files });
  const run = await runAct({ repo, workflow, scratch: dir, env, timeoutMs: 540_000 });
  return { code: run.code, log: actLog(run.output) };
}

const facts = (log: string, prefix: string) =>
  log
    .split('\n')
    .map((l) => new RegExp(`\\| ${prefix} (.+)$`).exec(l.trimEnd())?.[1])
    .filter((f): f is string => f !== undefined);

beforeAll(async () => {
  ({ world, scratch } = await actScratch('compat'));
});

afterAll(() => dropActScratch(world, scratch));

describe('drop-in for the peers, under act', () => {
  it('the compat workflows pass actionlint', async () => {
    const workflows = ['compat-setup-python.yml', 'compat-setup-uv.yml'].map((w) =>
      path.join(repoRoot, '__tests__', 'workflows', w),
    );
    // rejects (with actionlint's findings) on any finding
    const r = await promisify(execFile)(path.join(toolsDir, 'bin', 'actionlint'), [
      '-no-color',
      ...workflows,
    ]);
    expect(r.stdout + r.stderr).toBe('');
  });

  it("passes setup-python's checks with only uses: changed", async () => {
    const v = world.fixture.version;
    const { code, log } = await runCompat(
      'compat-setup-python.yml',
      {
        '.python-version': `${v}\n`,
        'requirements.txt': 'six==1.17.0\n',
        'version-files/.python-version': `${v}\n`,
        'version-files/pyproject/pyproject.toml': `[project]\nname = "p"\nversion = "1"\nrequires-python = "==${v}"\n`,
        'version-files/poetry/pyproject.toml': `[tool.poetry]\nname = "p"\n[tool.poetry.dependencies]\npython = "${v}"\n`,
        'version-files/.tool-versions': `nodejs 24.0.0\npython ${v}\n`,
        'version-files/Pipfile': `[packages]\n\n[requires]\npython_full_version = "${v}"\n`,
      },
      // pip in the seeded venv installs from the world's index
      actEnv({ PIP_INDEX_URL: world.indexUrl }),
    );
    expect(facts(log, 'COMPAT-PY'), log).toEqual(PYTHON_FACTS);
    expect(code, log).toBe(0);
    expect(log).toMatch(/Job succeeded/);
  }, 600_000);

  it("passes setup-uv's checks with only uses: changed", async () => {
    const { code, log } = await runCompat(
      'compat-setup-uv.yml',
      {
        'fixtures/uv-project/pyproject.toml':
          '[project]\nname = "uv-project"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["six==1.17.0"]\n',
        'fixtures/uv-in-requirements-txt/requirements.txt': 'six==1.17.0\nuv==0.13.9\n',
        'fixtures/uv-in-requirements-hash-txt/requirements.txt':
          'uv==0.13.9 \\\n    --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
        'fixtures/.tool-versions': 'uv 0.13.9\n',
        'fixtures/uv-toml-project/uv.toml': 'required-version = "==0.13.9"\n',
        'fixtures/uv-range-project/uv.toml': 'required-version = ">=0.13,<0.14"\n',
        'fixtures/malformed-pyproject-toml-project/pyproject.toml': '[project\nname = "malformed"\n',
      },
      actEnv({
        PYEMBED_PYTHON: world.fixture.version,
        UV_DEFAULT_INDEX: world.indexUrl,
        UV_PYTHON_DOWNLOADS: 'never',
      }),
    );
    expect(facts(log, 'COMPAT-UV'), log).toEqual(UV_FACTS);
    expect(code, log).toBe(0);
    expect(log).toMatch(/Job succeeded/);
  }, 600_000);
});
