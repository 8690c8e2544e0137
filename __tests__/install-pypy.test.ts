// A real PyPy (Debian's pypy3, packed in PyPy's own release layout by test-world/pypy-fixture.ts) served by
// the world under its PyPy asset name: installed as an instance, a venv made by uv, a pure-python wheel from
// the world's index installed into it, and run. GraalPy's layout with a stand-in interpreter that answers
// the probe.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { PythonInstallationError } from '../src/core/errors.js';
import { PythonManager } from '../src/core/instances/index.js';
import { findInterpreter, locatePython } from '../src/core/install/python-layout.js';
import { hostPlatform } from '../src/core/platform.js';
import { Uv } from '../src/core/uv/uv.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';
import { buildPypyFixture, type PypyFixture } from '../test-world/pypy-fixture.js';
import { startWorld, uvBin, type World } from '../test-world/index.js';

let world: World;
let pypy: PypyFixture;
let tmp: string;
const PYPY_REPO = 'pypy/pypy';

/** The catalogue row the world's PyPy would have (uv's key, PyPy's release as the build). */
function pypyBuild(over: Partial<PythonBuild> = {}): PythonBuild {
  const [major, minor, patch] = pypy.version.split('.').map(Number);
  return {
    key: `pypy-${pypy.version}-linux-x86_64-gnu`,
    implementation: 'pypy',
    version: pypy.version,
    major,
    minor,
    patch,
    platform: hostPlatform(),
    build: pypy.pypyVersion,
    flavor: 'install_only',
    format: 'tar.gz',
    assetName: pypy.assetName,
    url: `https://downloads.python.org/pypy/${pypy.assetName}`,
    sha256: pypy.sha256,
    ...over,
  };
}

beforeAll(async () => {
  [world, pypy] = await Promise.all([startWorld(), buildPypyFixture()]);
  world.server.addAsset(PYPY_REPO, pypy.pypyVersion, pypy.assetName, pypy.path);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-pypy-'));
});
afterAll(async () => {
  await world?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('PyPy', () => {
  it('installs from its release archive, makes a venv, installs a wheel into it and runs', async () => {
    const manager = new PythonManager({
      root: path.join(tmp, 'root'),
      mirror: `${world.baseUrl}/${PYPY_REPO}/releases/download`,
    });
    const { instance, downloaded } = await manager.installBuild(pypyBuild());
    expect(downloaded).toBe(true);
    expect(instance.key).toBe(`pypy-${pypy.version}-linux-x86_64-gnu-${pypy.pypyVersion}`);
    expect(instance.implementation).toBe('pypy');
    expect(path.relative(instance.pythonDir, instance.pythonPath)).toBe('bin/pypy3');
    const ld = `pypy${pypy.version.split('.').slice(0, 2).join('.')}`;
    expect(existsSync(path.join(instance.pythonDir, 'lib', ld, 'os.py'))).toBe(true);
    expect(existsSync(path.join(instance.pythonDir, 'bin', ld))).toBe(true);

    // found again by PyPy specs, never by a CPython one
    expect((await manager.getInstance(`pypy${pypy.version.split('.').slice(0, 2).join('.')}`))?.key).toBe(
      instance.key,
    );
    expect((await manager.getInstance(`pypy@${pypy.version}`))?.key).toBe(instance.key);
    expect(await manager.getInstance(pypy.version)).toBeUndefined();
    expect((await manager.listInstances()).map((i) => i.key)).toEqual([instance.key]);
    expect((await manager.installBuild(pypyBuild())).downloaded).toBe(false);

    const uv = new Uv({ path: uvBin(), cacheDir: path.join(tmp, 'uv-cache'), indexUrl: world.indexUrl });
    const venvs = new VirtualEnvironmentManager({ instance, uv });
    const venv = await venvs.getOrCreate('default');
    await venv.install('tabulate==0.9.0');
    const r = await venv.executeCommand(
      'import sys, tabulate; print(sys.implementation.name, "%d.%d.%d" % sys.version_info[:3], ' +
        'sys.prefix != sys.base_prefix, tabulate.__version__, sys.base_prefix)',
    );
    expect(r.stdout.trim()).toBe(`pypy ${pypy.version} True 0.9.0 ${instance.pythonDir}`);
  });

  it('an archive whose interpreter is not the build asked for installs nothing', async () => {
    const manager = new PythonManager({
      root: path.join(tmp, 'wrong-root'),
      mirror: `${world.baseUrl}/${PYPY_REPO}/releases/download`,
    });
    const wrong = pypyBuild({ key: 'pypy-3.9.99-linux-x86_64-gnu', version: '3.9.99', patch: 99 });
    const err = await manager.installBuild(wrong).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect((err as Error).message).toBe(
      `The archive for pypy-3.9.99-linux-x86_64-gnu contains pypy ${pypy.version}, not pypy 3.9.99.`,
    );
    expect(await manager.listInstances()).toEqual([]);
  });
});

describe('GraalPy and Windows layouts', () => {
  it('finds bin/graalpy under the one top directory, and pypy3.exe in a Windows PyPy tree', async () => {
    const graal = path.join(tmp, 'graal', 'x');
    await fs.mkdir(path.join(graal, 'graalpy-24.2.2-linux-amd64', 'bin'), { recursive: true });
    for (const exe of ['graalpy', 'python3', 'python']) {
      await fs.writeFile(path.join(graal, 'graalpy-24.2.2-linux-amd64', 'bin', exe), '#!/bin/sh\n', {
        mode: 0o755,
      });
    }
    expect(locatePython(graal)).toEqual({
      root: path.join(graal, 'graalpy-24.2.2-linux-amd64'),
      exe: 'bin/graalpy',
    });
    const win = path.join(tmp, 'win', 'pypy3.10-v7.3.19-win64');
    await fs.mkdir(win, { recursive: true });
    for (const exe of ['python.exe', 'pypy3.exe', 'pypy3.10.exe'])
      await fs.writeFile(path.join(win, exe), '');
    expect(findInterpreter(win)).toBe('pypy3.exe');
    expect(locatePython(path.dirname(win))?.root).toBe(win);
  });
});
