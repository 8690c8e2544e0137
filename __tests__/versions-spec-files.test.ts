// Version files: every form, read in the working directory only (like setup-python), each returning
// every spec it lists with the file's default first; poetry constraints become PEP 440 ranges that resolve.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSpecFromFiles, readSpecFile, specsFromLines } from '../src/core/catalog/spec-files.js';
import { snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import { chooseSpec } from '../src/core/setup/spec.js';
import { parsePlatform } from '../src/core/platform.js';
import { poetryToPep440 } from '../src/core/versions/poetry.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-specfiles-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const linux = parsePlatform('linux-x86_64-gnu');

/** [file name, content, specs it lists (default first), what the default resolves to on linux-x86_64-gnu] */
const FORMS: [string, string, string[], string][] = [
  ['.python-version', '3.12.5\n', ['3.12.5'], '3.12.5'],
  ['.python-version', '# pinned for CI\n\n3.12\n3.11 # old\r\n3.10\n', ['3.12', '3.11', '3.10'], '3.12.14'],
  ['.python-version', '3.12.1/envs/myproject\n', ['3.12.1'], '3.12.1'],
  ['.python-version', 'pypy3.10\n', ['pypy3.10'], '3.10.16'],
  ['.python-version', 'cpython@3.11\n', ['cpython@3.11'], '3.11.16'],
  ['.python-versions', '3.13\n3.12\r\n# old\n3.11\n', ['3.13', '3.12', '3.11'], '3.13.15'],
  [
    '.tool-versions',
    'nodejs 20.11.0\npython 3.12.1 3.11.7 # comment\nruby 3.3\n',
    ['3.12.1', '3.11.7'],
    '3.12.1',
  ],
  ['.tool-versions', 'python 3.11.7 system\n', ['3.11.7'], '3.11.7'],
  [
    'pyproject.toml',
    '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "demo"\nrequires-python = \'>=3.10, <3.13\'\n',
    ['>=3.10, <3.13'],
    '3.12.14',
  ],
  [
    'pyproject.toml',
    '[tool.poetry.dependencies]\npython = "^3.10"\nrequests = "*"\n',
    ['>=3.10,<4.0'],
    '3.14.7',
  ],
  ['pyproject.toml', '[tool.poetry.dependencies]\npython = "~3.11"\n', ['>=3.11,<3.12'], '3.11.16'],
  ['pyproject.toml', '[tool.poetry.dependencies]\npython = ">=3.9 <3.12"\n', ['>=3.9,<3.12'], '3.11.16'],
  [
    'pyproject.toml',
    '[tool.poetry.dependencies]\npython = { version = "3.10.*" }\n',
    ['==3.10.*'],
    '3.10.21',
  ],
  [
    'pyproject.toml',
    '[project]\nrequires-python = ">=3.12"\n[tool.poetry.dependencies]\npython = "^3.10"\n',
    ['>=3.12'],
    '3.14.7',
  ],
  ['Pipfile', '[packages]\nrequests = "*"\n\n[requires]\npython_version = "3.11"\n', ['3.11'], '3.11.16'],
  ['Pipfile', '[requires]\npython_version = "3.11"\npython_full_version = "3.11.7"\n', ['3.11.7'], '3.11.7'],
];

describe('every version-file form', () => {
  it.each(FORMS)('%s: %j', async (name, content, specs, resolves) => {
    const file = path.join(dir, name);
    await writeFile(file, content);
    const found = await findSpecFromFiles(dir);
    expect(found).toEqual({ spec: specs[0], specs, source: file });
    expect(await readSpecFile(file)).toEqual(found);
    expect(snapshotIndex().resolve(found!.spec, { platform: linux }).version).toBe(resolves);
  });

  it.each([
    ['.python-version', '# only a comment\n\n'],
    ['.tool-versions', 'nodejs 20\n'],
    ['.tool-versions', 'python system\n'],
    ['pyproject.toml', '[project]\nname = "x"\n'],
    ['pyproject.toml', '[tool.poetry.dependencies]\npython = "*"\n'],
    ['Pipfile', '[packages]\nrequests = "*"\n'],
  ])('%s naming no version: %j', async (name, content) => {
    await writeFile(path.join(dir, name), content);
    expect(await findSpecFromFiles(dir)).toBeUndefined();
  });
});

describe('where files are searched', () => {
  it('the working directory only: a parent’s .python-version is not read', async () => {
    await writeFile(path.join(dir, '.python-version'), '3.11\n');
    await mkdir(path.join(dir, 'sub'));
    expect(await findSpecFromFiles(path.join(dir, 'sub'))).toBeUndefined();
    expect(await chooseSpec({ cwd: path.join(dir, 'sub'), defaultPython: '3.13' })).toEqual({
      spec: '3.13',
      source: 'default',
    });
    expect(await chooseSpec({ cwd: dir })).toEqual({
      spec: '3.11',
      source: path.join(dir, '.python-version'),
    });
  });

  it('passes over a searched file that does not parse; an explicit one fails', async () => {
    await writeFile(path.join(dir, 'pyproject.toml'), '[project\nname = "malformed"\n');
    expect(await findSpecFromFiles(dir)).toBeUndefined();
    await writeFile(path.join(dir, 'Pipfile'), '[requires]\npython_version = "3.10"\n');
    expect((await findSpecFromFiles(dir))?.spec).toBe('3.10');
    await expect(readSpecFile(path.join(dir, 'pyproject.toml'))).rejects.toThrow(/Invalid TOML/);
  });

  it('in SPEC_FILES order, skipping files that name nothing', async () => {
    await writeFile(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
    await writeFile(path.join(dir, 'Pipfile'), '[requires]\npython_version = "3.10"\n');
    expect((await findSpecFromFiles(dir))?.spec).toBe('3.10');
    await writeFile(path.join(dir, '.tool-versions'), 'python 3.12.1\n');
    expect((await findSpecFromFiles(dir))?.spec).toBe('3.12.1');
    await writeFile(path.join(dir, '.python-version'), '3.13\n');
    expect((await findSpecFromFiles(dir))?.spec).toBe('3.13');
  });

  it('readSpecFile reads an explicitly named file of any name', async () => {
    const toml = path.join(dir, 'custom.toml');
    await writeFile(toml, '[project]\nrequires-python = "~=3.11"\n');
    expect(await readSpecFile(toml)).toMatchObject({ spec: '~=3.11', source: toml });
    const txt = path.join(dir, 'versions.txt');
    await writeFile(txt, '3.12\n3.11\n');
    expect(await readSpecFile(txt)).toMatchObject({ spec: '3.12', specs: ['3.12', '3.11'] });
    expect(await readSpecFile(path.join(dir, 'missing'))).toBeUndefined();
  });
});

describe('multi-line python-version input', () => {
  it('lists every line; the last is the default, as setup-python', () => {
    expect(specsFromLines('3.10\n# note\n\npypy3.10\n3.12\n')).toEqual({
      specs: ['3.10', 'pypy3.10', '3.12'],
      defaultSpec: '3.12',
    });
    expect(specsFromLines('3.12')).toEqual({ specs: ['3.12'], defaultSpec: '3.12' });
  });
});

describe('poetry constraints as PEP 440', () => {
  it.each([
    ['^3.10', '>=3.10,<4.0'],
    ['^3.10.2', '>=3.10.2,<4.0'],
    ['^0.2', '>=0.2,<0.3'],
    ['~3.11', '>=3.11,<3.12'],
    ['~3', '>=3,<4'],
    ['~=3.11', '~=3.11'],
    ['>=3.9,<3.12', '>=3.9,<3.12'],
    ['>= 3.9, < 3.12', '>=3.9,<3.12'],
    ['3.10', '==3.10.*'],
    ['3.10.4', '==3.10.4'],
    ['3.10.*', '==3.10.*'],
    ['^2.7 || ^3.8', '>=3.8,<4.0'],
    ['*', undefined],
    ['latest', undefined],
  ])('%s -> %s', (poetry, pep) => {
    expect(poetryToPep440(poetry)).toBe(pep);
  });
});
