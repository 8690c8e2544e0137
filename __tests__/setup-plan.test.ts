// runSetup, the plan both the CLI and the action run, against the local world: with an injected installer
// (the way the action plugs in @actions/tool-cache), spec discovery, hooks and the typed errors of each phase.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonBuild } from '../src/core/catalog/types.js';
import {
  ConfigurationError,
  InvalidPackageSpecificationError,
  InvalidPythonVersionError,
  RequirementsFileError,
  VenvCreateError,
  type PythonEmbeddedError,
} from '../src/core/errors.js';
import { downloadFile } from '../src/core/install/download.js';
import { extractArchive } from '../src/core/install/extract.js';
import { expectedChecksum, mirrorUrlFor } from '../src/core/install/mirror.js';
import {
  planSetup,
  runPlan,
  runSetup,
  type PythonInstaller,
  type SetupOptions,
  type SetupProgress,
} from '../src/core/setup/index.js';
import { startWorld, type World } from '../test-world/index.js';
import { writeProject } from './uv-harness.js';

let world: World;
let tmp: string;
const repo = path.resolve(__dirname, '..');

/** A real installer outside the PythonManager, the shape of the action's tool-cache adapter: one dir per build. */
function dirInstaller(cacheRoot: string, mirror: string): PythonInstaller & { downloads: number } {
  const inst = {
    name: 'test-dir-cache',
    downloads: 0,
    async install(
      build: PythonBuild,
      ctx: { onProgress?: (e: SetupProgress) => void; signal?: AbortSignal },
    ) {
      const dir = path.join(cacheRoot, build.key, build.build);
      const pythonPath = path.join(dir, 'python', 'bin', 'python3');
      if (existsSync(pythonPath))
        return { pythonPath, pythonDir: path.join(dir, 'python'), version: build.version, cacheHit: true };
      const archive = path.join(cacheRoot, build.assetName);
      // the checksum policy: the catalogue's sha256, else the mirror's SHA256SUMS line
      const { sha256 } = await expectedChecksum(build, { mirror });
      await downloadFile(mirrorUrlFor(build, mirror), archive, {
        sha256,
        signal: ctx.signal,
        onProgress: (e) =>
          ctx.onProgress?.({ phase: 'download', label: build.assetName, current: e.bytes, total: e.total }),
      });
      inst.downloads++;
      await extractArchive(archive, dir);
      return { pythonPath, pythonDir: path.join(dir, 'python'), version: build.version, cacheHit: false };
    },
  };
  return inst;
}

function base(o: Partial<SetupOptions> = {}): SetupOptions {
  return {
    cwd: tmp,
    root: path.join(tmp, 'root'),
    toolsDir: path.join(tmp, 'tools'),
    uvCacheDir: path.join(tmp, 'uv-cache'),
    // the world's release of its CPython, which only its GitHub stand-in knows
    catalogSource: 'auto',
    githubApiUrl: world.apiUrl,
    build: world.fixture.build,
    uvDownloadUrl: world.uvDownloadUrl,
    indexUrl: world.indexUrl,
    ...o,
  };
}

beforeAll(async () => {
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-setup-'));
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('runSetup with an injected installer', () => {
  it('runs every phase in order, installs the requirements, and reuses everything on a rerun', async () => {
    const installer = dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl);
    const phases: string[] = [];
    const progress: SetupProgress[] = [];
    const venv = path.join(tmp, 'project', '.venv');
    const opts = base({
      python: '3.11.7',
      installer,
      venv,
      requirements: [path.join(repo, 'examples', 'requirements.txt')],
    });
    const r = await runSetup(opts, { onPhase: (n) => phases.push(n), onProgress: (e) => progress.push(e) });

    expect(phases.sort()).toEqual(['install', 'packages', 'resolve', 'uv', 'venv'].sort());
    expect(r.phases.map((p) => p.name)).toEqual(['resolve', 'install', 'uv', 'venv', 'packages']);
    expect(r.requested).toEqual({ spec: '3.11.7', source: 'input' });
    expect(r.python).toMatchObject({
      version: '3.11.7',
      build: world.fixture.build,
      key: world.fixture.key,
      cacheHit: false,
      installer: 'test-dir-cache',
    });
    expect(r.uv).toMatchObject({ version: '0.13.9', source: 'download', cacheHit: false });
    expect(r.venv).toMatchObject({ path: venv, created: true, pythonPath: path.join(venv, 'bin', 'python') });
    expect(r.packages?.names.map((n) => n.toLowerCase())).toEqual(
      expect.arrayContaining(['python-dateutil', 'six', 'tabulate', 'markupsafe']),
    );
    expect(r.packages?.installed).toBe(r.packages?.names.length);
    expect(
      progress.some((e) => e.phase === 'download' && e.total !== undefined && e.current === e.total),
    ).toBe(true);
    // the venv's interpreter is the installed one and sees the packages
    const out = execFileSync(
      r.venv!.pythonPath,
      ['-c', 'import sys, tabulate; print(sys.base_prefix); print(tabulate.__version__)'],
      {
        encoding: 'utf8',
      },
    );
    expect(out.split('\n')[0]).toBe(r.python.pythonDir);
    expect(out.split('\n')[1]).toBe('0.9.0');

    const again = await runSetup(opts);
    expect(installer.downloads).toBe(1);
    expect(again.python.cacheHit).toBe(true);
    expect(again.uv).toMatchObject({ source: 'cache', cacheHit: true });
    expect(again.venv?.created).toBe(false);
  });

  it('takes the spec from .python-version in cwd, or from the given version file', async () => {
    const project = path.join(tmp, 'spec-project');
    await mkdir(project, { recursive: true });
    await writeFile(path.join(project, '.python-version'), '# pinned\n3.11.7\n');
    const installer = dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl);
    const r = await runSetup(base({ cwd: project, installer, venv: false }));
    expect(r.requested).toEqual({ spec: '3.11.7', source: path.join(project, '.python-version') });
    expect(r.venv).toBeUndefined();
    expect(r.phases.map((p) => p.name)).toEqual(['resolve', 'install', 'uv']);

    // an explicit version file beats the one found in cwd (asdf format here)
    await mkdir(path.join(project, 'ci'));
    const file = path.join(project, 'ci', '.tool-versions');
    await writeFile(file, 'nodejs 20.1.0\npython 3.11.7 3.12.1\n');
    const fromFile = await runSetup(
      base({ cwd: project, installer, venv: false, pythonVersionFile: 'ci/.tool-versions' }),
    );
    expect(fromFile.requested).toEqual({ spec: '3.11.7', source: file });
  });

  it('fails with the typed error of the phase that failed', async () => {
    const installer = dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl);
    await expect(runSetup(base({ python: '3.99', installer }))).rejects.toBeInstanceOf(
      InvalidPythonVersionError,
    );
    // an explicit spec beats a version file (which is then not even read)
    await expect(
      runSetup(base({ python: '3.11.7', installer, venv: false, pythonVersionFile: 'x' })),
    ).resolves.toMatchObject({ requested: { spec: '3.11.7', source: 'input' } });
    await expect(runSetup(base({ installer, pythonVersionFile: 'missing.txt' }))).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(
      runSetup(
        base({ python: '3.11.7', installer, venv: false, requirements: ['examples/requirements.txt'] }),
      ),
    ).rejects.toBeInstanceOf(ConfigurationError);
    await expect(
      runSetup(base({ python: '3.11.7', installer, venv: path.join(tmp, 'v2'), requirements: ['nope.txt'] })),
    ).rejects.toBeInstanceOf(RequirementsFileError);
    const noExport = runSetup(
      base({ python: '3.11.7', installer, venv: false, export: path.join(tmp, 'x.tar.gz') }),
    );
    await expect(noExport).rejects.toThrow(/cannot export/);
  });

  it('installs a pyproject (editable, with extras) under constraints, plus extra packages, in one resolution', async () => {
    const installer = dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl);
    const proj = await writeProject(path.join(tmp, 'proj'), {
      name: 'demo-pkg',
      dependencies: ['idna'],
      extras: { tables: ['tabulate'], unused: ['colorama'] },
      code: 'VALUE = 1\n',
    });
    const constraints = path.join(tmp, 'constraints.txt');
    await writeFile(constraints, 'idna==3.6\n');
    const venv = path.join(tmp, 'proj', '.venv');
    const r = await runSetup(
      base({
        cwd: proj,
        python: '3.11.7',
        installer,
        venv: '.venv',
        pyproject: '.',
        editable: true,
        extras: ['tables'],
        constraints: [constraints],
        packages: ['six==1.16.0'],
      }),
    );
    expect(r.venv?.path).toBe(venv);
    expect(r.packages?.names.map((n) => n.toLowerCase()).sort()).toEqual([
      'demo-pkg',
      'idna',
      'six',
      'tabulate',
    ]);
    const py = r.venv!.pythonPath;
    const versions = execFileSync(py, ['-c', 'import idna, six; print(idna.__version__, six.__version__)'], {
      encoding: 'utf8',
    });
    expect(versions.trim()).toBe('3.6 1.16.0');
    // editable: an edit of the source is visible without reinstalling
    await writeFile(path.join(proj, 'demo_pkg', '__init__.py'), 'VALUE = 2\n');
    expect(
      execFileSync(py, ['-c', 'import demo_pkg; print(demo_pkg.VALUE)'], { encoding: 'utf8' }).trim(),
    ).toBe('2');
  });

  it('validates packages and extras before uv sees them: an option or a shell command is a typed error', async () => {
    const installer = dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl);
    const proj = await writeProject(path.join(tmp, 'hostile'), { name: 'hostile-pkg', code: '' });
    const hostile: Partial<SetupOptions>[] = [
      { packages: ['--index-url=http://127.0.0.1:9/simple'] },
      { packages: ['six; touch PWNED'] },
      { packages: ['six', '-r /etc/passwd'] },
      { pyproject: '.', extras: ['x]; touch PWNED; echo [y'] },
    ];
    for (const o of hostile) {
      const requests = world.server.requests.length;
      await expect(
        runSetup(base({ cwd: proj, python: '3.11.7', installer, venv: '.venv', ...o })),
        JSON.stringify(o),
      ).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
      // refused by the plan: not one request (no catalogue, no uv, no index), not even a venv
      expect(world.server.requests.length).toBe(requests);
    }
    expect(existsSync(path.join(proj, '.venv'))).toBe(false);
    expect(existsSync(path.join(proj, 'PWNED'))).toBe(false);
  });

  it('refuses to turn a non-venv directory into a venv', async () => {
    const installer = dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl);
    const dir = path.join(tmp, 'not-a-venv');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'precious.txt'), 'keep me');
    await expect(runSetup(base({ python: '3.11.7', installer, venv: dir }))).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(existsSync(path.join(dir, 'precious.txt'))).toBe(true);
  });
});

describe('planSetup checks every input before any work', () => {
  // Each case would download (catalogue from the world's API, Python from its mirror, uv from its releases)
  // if it got past the plan: the world's request log proves it never did.
  const refused: [string, Partial<SetupOptions>, new (...a: never[]) => PythonEmbeddedError, RegExp][] = [
    ['packages without a venv', { venv: false, packages: ['six'] }, ConfigurationError, /venv is disabled/],
    [
      'a requirements file without a venv',
      { venv: false, requirements: ['r.txt'] },
      ConfigurationError,
      /venv is disabled/,
    ],
    ['seed without a venv', { venv: false, seed: true }, ConfigurationError, /venv is disabled/],
    ['editable without a pyproject', { editable: true }, ConfigurationError, /no pyproject/],
    ['extras without a pyproject', { extras: ['fmt'] }, ConfigurationError, /no pyproject/],
    [
      'a missing requirements file',
      { requirements: ['missing.txt'] },
      RequirementsFileError,
      /missing\.txt cannot be read: it does not exist/,
    ],
    ['a directory as requirements file', { requirements: ['.'] }, RequirementsFileError, /it is not a file/],
    [
      'a missing constraints file',
      { constraints: ['nope.txt'] },
      RequirementsFileError,
      /Constraints file .*nope\.txt/,
    ],
    ['a missing project', { pyproject: 'no-such-project' }, RequirementsFileError, /does not exist/],
    ['a directory without a project', { pyproject: '.' }, RequirementsFileError, /No pyproject\.toml/],
    [
      'an option as package spec',
      { packages: ['--index-url=http://127.0.0.1:9/simple'] },
      InvalidPackageSpecificationError,
      /command-line option/,
    ],
    [
      'a shell command as package spec',
      { packages: ['six; touch PWNED'] },
      InvalidPackageSpecificationError,
      /six; touch PWNED/,
    ],
    [
      'a bad extra',
      { pyproject: 'proj', extras: ['x]; echo'] },
      InvalidPackageSpecificationError,
      /Invalid extra name/,
    ],
    ['a bad Python spec', { python: 'banana' }, InvalidPythonVersionError, /banana/],
    [
      'a bad Python spec among several',
      { python: '3.11.7\n# comment\nbanana' },
      InvalidPythonVersionError,
      /banana/,
    ],
    ['a bad Python spec in a list', { python: ['banana', '3.11.7'] }, InvalidPythonVersionError, /banana/],
    ['a bad venv name', { venv: 'a:b' }, ConfigurationError, /virtual environment name/],
    [
      'a uv version that is no version, latest or range',
      { uvVersion: 'newest' },
      ConfigurationError,
      /uv version "newest" .*not an exact version, "latest" or a version range/,
    ],
    ['a uv range with a bad operand', { uvVersion: '>=0.13,<banana' }, ConfigurationError, /uv version/],
    ['a uv checksum that is no sha256', { uvChecksum: 'abc' }, ConfigurationError, /not a sha256/],
    ['a bad index URL', { indexUrl: 'not a url' }, ConfigurationError, /package index URL/],
    [
      'a missing version file',
      { python: undefined, pythonVersionFile: 'nope' },
      ConfigurationError,
      /version file/,
    ],
  ];

  it.each(refused)('refuses %s: a typed error, no request, nothing written', async (_, o, type, message) => {
    const cwd = await mkdtemp(path.join(tmp, 'refused-'));
    await writeProject(path.join(cwd, 'proj'), { name: 'p', code: '' });
    const options: SetupOptions = {
      ...base({ cwd, root: path.join(cwd, 'root'), toolsDir: path.join(cwd, 'tools') }),
      catalogSource: 'github',
      githubApiUrl: world.apiUrl,
      mirror: world.mirrorUrl,
      python: '3.11.7',
      ...o,
    };
    const requests = world.server.requests.length;
    const planned = await planSetup(options).catch((e: unknown) => e);
    expect(planned).toBeInstanceOf(type);
    expect((planned as Error).message).toMatch(message);
    expect((planned as PythonEmbeddedError).details.hint).toEqual(expect.any(String));
    await expect(runSetup(options)).rejects.toBeInstanceOf(type);
    expect(world.server.requests.length).toBe(requests);
    for (const d of ['root', 'tools', '.venv', path.join('proj', '.venv')])
      expect(existsSync(path.join(cwd, d)), d).toBe(false);
  });

  it('several specs (lines or a list): each planned in order, duplicates dropped, the last the default', async () => {
    const cwd = await mkdtemp(path.join(tmp, 'several-'));
    await writeFile(path.join(cwd, '.python-version'), '3.10\n3.13\n');
    const lines = await planSetup(base({ cwd, python: '3.12\n# the default last\n3.12\n3.11.7\n' }));
    expect(lines.python.requests).toEqual([
      { spec: '3.12', source: 'input' },
      { spec: '3.11.7', source: 'input' },
    ]);
    expect(lines.python.requested).toEqual({ spec: '3.11.7', source: 'input' });
    const list = await planSetup(base({ cwd, python: ['pypy3.10', ' 3.13 '], pythonSource: 'argument' }));
    expect(list.python.requests.map((r) => r.spec)).toEqual(['pypy3.10', '3.13']);
    // a version file gives its default only (its first, as uv reads it)
    const fromFile = await planSetup(base({ cwd }));
    expect(fromFile.python.requests).toEqual([{ spec: '3.10', source: path.join(cwd, '.python-version') }]);
  });

  it('a valid plan makes no request; running it does, and onResolved ends before the venv phase', async () => {
    const cwd = await mkdtemp(path.join(tmp, 'planned-'));
    const options = base({
      cwd,
      toolsDir: path.join(cwd, 'tools'), // a fresh uv install: running must fetch uv from the world
      python: '3.11.7',
      installer: dirInstaller(path.join(tmp, 'dircache'), world.mirrorUrl),
      venv: '.venv',
    });
    const requests = world.server.requests.length;
    const plan = await planSetup(options);
    expect(world.server.requests.length).toBe(requests);
    expect(plan.python.requested).toEqual({ spec: '3.11.7', source: 'input' });
    expect(plan.venv).toEqual({ kind: 'path', dir: path.join(cwd, '.venv'), seed: false });

    const events: string[] = [];
    const r = await runPlan(plan, {
      onPhase: (name) => events.push(name),
      onResolved: async (build) => {
        events.push(`resolved ${build.key}`);
        await writeFile(path.join(cwd, 'restored'), build.key); // real work the venv phase must wait for
        events.push('onResolved done');
      },
    });
    expect(world.server.requests.length).toBeGreaterThan(requests);
    expect(r.venv?.created).toBe(true);
    expect(events[0]).toBe('resolve');
    expect(events[1]).toBe(`resolved ${world.fixture.key}`);
    expect(events.indexOf('onResolved done')).toBeLessThan(events.indexOf('venv'));
    expect([...events].sort()).toEqual(
      ['resolve', `resolved ${world.fixture.key}`, 'onResolved done', 'install', 'uv', 'venv'].sort(),
    );
  });

  it("a failed venv create is a VenvCreateError with uv's words, and leaves nothing behind", async () => {
    const cwd = await mkdtemp(path.join(tmp, 'badvenv-'));
    // an "interpreter" that is not one: uv refuses it
    const fake = path.join(cwd, 'fake', 'bin', 'python3');
    await mkdir(path.dirname(fake), { recursive: true });
    await writeFile(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const installer: PythonInstaller = {
      name: 'fake',
      install: async (build) => ({
        pythonPath: fake,
        pythonDir: path.dirname(path.dirname(fake)),
        version: build.version,
        cacheHit: true,
      }),
    };
    const e = await runSetup(base({ cwd, python: '3.11.7', installer, venv: '.venv' })).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(VenvCreateError);
    expect((e as VenvCreateError).message).toContain(path.join(cwd, '.venv'));
    expect(String((e as VenvCreateError).details.stderr)).not.toBe('');
    expect(existsSync(path.join(cwd, '.venv'))).toBe(false);
  });
});
