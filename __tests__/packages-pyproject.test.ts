// installPyproject with real uv: editable installs that follow source edits, regular installs that do not,
// extras, dependency groups, and console scripts. The test projects build with a tiny in-tree PEP 517/660
// backend (uv-harness.ts), so no build backend is needed on the local index.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidPackageSpecificationError,
  PackageInstallationError,
  RequirementsFileError,
} from '../src/core/errors.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';
import type { VirtualEnvironment } from '../src/core/venvs/virtual-environment.js';
import { startHarness, writeProject, type Harness } from './uv-harness.js';

const run = promisify(execFile);
let h: Harness;
let venvs: VirtualEnvironmentManager;

beforeAll(async () => {
  h = await startHarness('pyproject');
  venvs = new VirtualEnvironmentManager({ instance: h.instance, uv: h.uv });
});
afterAll(async () => h?.close());

const project = (dir: string, version = '0.1.0') =>
  writeProject(path.join(h.scratch, dir), {
    name: 'demo-pkg',
    version,
    dependencies: ['idna'],
    extras: { fmt: ['colorama'], tables: ['tabulate'] },
    groups: { dev: ['toml'], lint: ['pyflakes'] },
    scripts: { 'demo-cli': 'demo_pkg:main' },
    code: 'VALUE = 1\n\ndef main():\n    print("demo says", VALUE)\n',
  });
const value = async (v: VirtualEnvironment) =>
  (await run(v.pythonPath, ['-c', 'import demo_pkg; print(demo_pkg.VALUE)'])).stdout.trim();
const names = async (v: VirtualEnvironment) => (await v.list()).map((p) => p.name).sort();

describe('installPyproject', () => {
  it('editable: a source edit shows up without reinstalling; the console script runs', async () => {
    const dir = await project('editable');
    const v = await venvs.getOrCreate('editable', { recreate: true });
    await v.installPyproject(dir, { editable: true });
    expect(await value(v)).toBe('1');
    const listed = (await v.list()).find((p) => p.name === 'demo-pkg');
    expect(listed?.editableProjectLocation).toBe(dir);

    await fs.writeFile(
      path.join(dir, 'demo_pkg', '__init__.py'),
      'VALUE = 2\n\ndef main():\n    print("demo says", VALUE)\n',
    );
    expect(await value(v)).toBe('2');
    expect((await run(path.join(v.binDir, 'demo-cli'), [])).stdout.trim()).toBe('demo says 2');
    // dependencies came along, extras did not
    expect(await names(v)).toEqual(['demo-pkg', 'idna']);
    // editable packages are not "outdated" and upgradeAll leaves them alone
    expect((await v.upgradeAll()).upgraded).toEqual([]);
  });

  it('non-editable: installs a copy (a later edit does not leak in); accepts the pyproject.toml path', async () => {
    const dir = await project('regular');
    const v = await venvs.getOrCreate('regular', { recreate: true });
    await v.installPyproject(path.join(dir, 'pyproject.toml'));
    await fs.writeFile(path.join(dir, 'demo_pkg', '__init__.py'), 'VALUE = 99\n');
    expect(await value(v)).toBe('1');
    expect((await v.list()).find((p) => p.name === 'demo-pkg')?.editableProjectLocation).toBeUndefined();
  });

  it('extras and dependency groups', async () => {
    const dir = await project('extras');
    const v = await venvs.getOrCreate('extras', { recreate: true });
    await v.installPyproject(dir, { editable: true, extras: ['fmt'], groups: ['dev'] });
    expect(await names(v)).toEqual(['colorama', 'demo-pkg', 'idna', 'toml']);
    await v.installPyproject(dir, { extras: ['tables'], groups: ['lint'] });
    expect(await names(v)).toEqual(['colorama', 'demo-pkg', 'idna', 'pyflakes', 'tabulate', 'toml']);
  });

  it('allExtras installs every optional dependency', async () => {
    const dir = await project('all-extras');
    const v = await venvs.getOrCreate('all-extras', { recreate: true });
    await v.installPyproject(dir, { allExtras: true });
    expect(await names(v)).toEqual(['colorama', 'demo-pkg', 'idna', 'tabulate']);
  });

  it('clear errors: no project there, an unknown group, a dependency the index lacks', async () => {
    const v = await venvs.getOrCreate('errors', { recreate: true });
    const empty = path.join(h.scratch, 'empty-dir');
    await fs.mkdir(empty, { recursive: true });
    await expect(v.installPyproject(empty)).rejects.toThrow(/No pyproject.toml/);
    const dir = await project('errors');
    await expect(v.installPyproject(dir, { groups: ['nope'] })).rejects.toBeInstanceOf(
      PackageInstallationError,
    );
    const broken = await writeProject(path.join(h.scratch, 'broken'), {
      name: 'broken-pkg',
      dependencies: ['no-such-package-xyz'],
    });
    const err = await v.installPyproject(broken).catch((e) => e);
    expect(err).toBeInstanceOf(PackageInstallationError);
    expect(err.message).toContain('no-such-package-xyz');
    expect(await v.list()).toEqual([]);
  });

  it('installPlan: requirements + constraints + editable project with extras + specs in one resolution', async () => {
    const dir = await project('plan');
    const v = await venvs.getOrCreate('plan', { recreate: true });
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'packaging\n');
    await fs.writeFile(path.join(dir, 'constraints.txt'), 'packaging==23.2\nidna==3.6\n');
    await v.installPlan(
      {
        requirements: ['requirements.txt'],
        constraints: ['constraints.txt'],
        pyproject: '.',
        editable: true,
        extras: ['fmt'],
        groups: ['dev'],
        packages: ['six==1.15.0'],
      },
      { cwd: dir },
    );
    expect(await v.freeze({ excludeEditable: true })).toBe(
      'colorama==0.4.6\nidna==3.6\npackaging==23.2\nsix==1.15.0\ntoml==0.10.2\n',
    );
    expect((await v.list()).find((p) => p.name === 'demo-pkg')?.editableProjectLocation).toBe(dir);

    await fs.writeFile(path.join(dir, 'bad.txt'), 'six\n!!nope\n');
    const err = await v
      .installPlan({ requirements: ['bad.txt'], packages: ['idna'] }, { cwd: dir })
      .catch((e) => e);
    expect(err).toBeInstanceOf(RequirementsFileError);
    expect(err.message).toContain(path.join(dir, 'bad.txt'));
    await expect(
      v.installPlan({ packages: ['--index-url=http://evil/'] }, { cwd: dir }),
    ).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
    await expect(v.installPlan({}, { cwd: dir })).rejects.toThrow(/Nothing to install/);
  });
});
