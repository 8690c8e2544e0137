// Spec sources: .python-version (upward), .python-versions, .tool-versions, pyproject requires-python.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSpecFromFiles, readSpecFile } from '../src/core/catalog/spec-files.js';
import { snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import { parsePlatform } from '../src/core/platform.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-specfiles-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findSpecFromFiles', () => {
  it('finds .python-version in a parent directory, skipping comments and blank lines', async () => {
    await writeFile(path.join(dir, '.python-version'), '# pinned for CI\n\n3.12.5\n3.11\n');
    const deep = path.join(dir, 'a', 'b', 'c');
    await mkdir(deep, { recursive: true });
    expect(await findSpecFromFiles(deep)).toEqual({
      spec: '3.12.5',
      specs: ['3.12.5'],
      source: path.join(dir, '.python-version'),
    });
  });

  it('the nearest directory wins', async () => {
    await writeFile(path.join(dir, '.python-version'), '3.11\n');
    await mkdir(path.join(dir, 'sub'));
    await writeFile(
      path.join(dir, 'sub', 'pyproject.toml'),
      '[project]\nname = "x"\nrequires-python = ">=3.12"\n',
    );
    expect((await findSpecFromFiles(path.join(dir, 'sub')))?.spec).toBe('>=3.12');
  });

  it('reads every line of .python-versions', async () => {
    await writeFile(path.join(dir, '.python-versions'), '3.13\n3.12\r\n# old\n3.11\n');
    expect(await findSpecFromFiles(dir)).toMatchObject({ spec: '3.13', specs: ['3.13', '3.12', '3.11'] });
  });

  it('reads the python entry of .tool-versions', async () => {
    await writeFile(
      path.join(dir, '.tool-versions'),
      'nodejs 20.11.0\npython 3.12.1 3.11.7 # comment\nruby 3.3\n',
    );
    expect(await findSpecFromFiles(dir)).toMatchObject({ spec: '3.12.1', specs: ['3.12.1', '3.11.7'] });
  });

  it('reads requires-python from pyproject.toml with a TOML parser (multi-line tables, quotes)', async () => {
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "demo"\ndependencies = [\n  "requests",\n]\nrequires-python = \'>=3.10, <3.13\'\n',
    );
    const found = await findSpecFromFiles(dir);
    expect(found?.spec).toBe('>=3.10, <3.13');
    // ... and the range resolves like any spec
    expect(
      snapshotIndex().resolve(found!.spec, { platform: parsePlatform('linux-x86_64-gnu') }).version,
    ).toBe('3.12.14');
  });

  it('skips a pyproject.toml without requires-python and keeps searching upward', async () => {
    await writeFile(path.join(dir, '.python-version'), 'cpython@3.12\n');
    await mkdir(path.join(dir, 'pkg'));
    await writeFile(path.join(dir, 'pkg', 'pyproject.toml'), '[project]\nname = "x"\n');
    expect((await findSpecFromFiles(path.join(dir, 'pkg')))?.spec).toBe('cpython@3.12');
  });

  it('returns undefined when nothing is found up to the filesystem root', async () => {
    // The temp dir's ancestors (/tmp, /) hold no spec files on a test machine.
    expect(await findSpecFromFiles(dir)).toBeUndefined();
  });

  it('readSpecFile reads an explicitly named file', async () => {
    const f = path.join(dir, 'custom.toml');
    await writeFile(f, '[project]\nrequires-python = "~=3.11"\n');
    expect(await readSpecFile(f)).toMatchObject({ spec: '~=3.11', source: f });
    expect(await readSpecFile(path.join(dir, 'missing'))).toBeUndefined();
  });
});
