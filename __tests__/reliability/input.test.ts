// Hostile and awkward input: package specs that carry options or shell syntax, venv names that climb out,
// paths with spaces, non-ASCII and shell metacharacters everywhere, a 10 MB requirements file. Real uv,
// the real PBS-layout CPython, real wheels from the local index.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  ConfigurationError,
  InvalidPackageSpecificationError,
  PackageInstallationError,
} from '../../src/core/errors.js';
import { worldCatalog, worldCatalogOptions } from '../helpers/world-catalog.js';
import { PythonManager } from '../../src/core/instances/index.js';
import { runSetup } from '../../src/core/setup/index.js';
import { Uv } from '../../src/core/uv/uv.js';
import { VirtualEnvironmentManager } from '../../src/core/venvs/manager.js';
import type { VirtualEnvironment } from '../../src/core/venvs/virtual-environment.js';
import { startWorld, uvBin, type World } from '../../test-world/index.js';
import { describeError, exists, leftovers, listTree, rcase, rejection, scratch } from './harness.js';

const AREA = 'input';
/** Spaces, non-ASCII, an emoji and shell metacharacters: if anything ever reaches a shell, PWNED appears. */
const WEIRD = `sp ace ünï 🐍 $(touch PWNED) ;x & \`touch PWNED\``;

let world: World;
let base: string;
let instanceDir: string;
let pythonPath: string;
let uv: Uv;
let venvs: VirtualEnvironmentManager;
let venv: VirtualEnvironment;

async function pwned(): Promise<string[]> {
  return (await listTree(base)).filter((p) => p.includes('PWNED') && !p.includes('$(touch PWNED)'));
}

function downloadsSoFar(): number {
  return world.server.requests.filter((r) => r.path.startsWith('/simple') || r.path.startsWith('/packages'))
    .length;
}

beforeAll(async () => {
  world = await startWorld();
  base = await scratch('input');
  // a real install (download, lock, staging, metadata) under the hostile path
  const inst = await new PythonManager({
    root: path.join(base, WEIRD, 'root'),
    mirror: world.mirrorUrl,
    catalog: worldCatalog(world),
  }).getOrCreateInstance(world.fixture.version);
  instanceDir = inst.dir;
  pythonPath = inst.pythonPath;
  uv = new Uv({ path: uvBin(), cacheDir: path.join(base, WEIRD, 'uv cache'), indexUrl: world.indexUrl });
  venvs = new VirtualEnvironmentManager({ instance: { pythonPath, dir: instanceDir }, uv });
  venv = await venvs.getOrCreate('main');
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (base) await fs.rm(base, { recursive: true, force: true });
});

describe('paths', () => {
  rcase(
    AREA,
    'root (install, lock, metadata), venv, uv cache and requirements under a path with spaces, non-ASCII and $(…) ; & `…`',
    'venv created, package installed and imported; no shell ever ran',
    async (c) => {
      const req = path.join(base, WEIRD, 'reqs ü.txt');
      await fs.writeFile(req, 'six==1.17.0\n');
      await venv.installRequirements(req);
      const r = await venv.executeCommand('import six, sys; print(six.__version__, sys.prefix)');
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).toContain('1.17.0');
      expect(r.stdout).toContain(WEIRD);
      c.result(
        `six ${r.stdout.trim().split(' ')[0]} imported from a venv at ".../${WEIRD}/instance/venvs/main"`,
      );
      await c.intact(async () => {
        expect(await pwned()).toEqual([]);
        expect(await leftovers(instanceDir)).toEqual([]);
        expect(await venvs.list()).toEqual(['main']);
      });
    },
    120_000,
  );
});

describe('package specs', () => {
  const hostile: [string, string][] = [
    ['--index-url=http://127.0.0.1:9/simple', 'an option with a value'],
    ['--index-url', 'a bare option'],
    ['-e .', 'an editable install of the cwd'],
    ['-r /etc/passwd', 'a requirements file option'],
    ['six; touch PWNED', 'a shell command after a marker separator'],
    ['six && touch PWNED', 'a shell conjunction'],
    ['$(touch PWNED)', 'a command substitution'],
    ['six\n--index-url=http://127.0.0.1:9/', 'a newline smuggling an option'],
    ['six --extra-index-url http://127.0.0.1:9/', 'an option after the name'],
  ];
  for (const [spec, what] of hostile) {
    rcase(
      AREA,
      `PythonRuntime.install(${JSON.stringify(spec)}) — ${what}`,
      'InvalidPackageSpecificationError before uv runs',
      async (c) => {
        const before = await venv.list();
        const reqs = downloadsSoFar();
        const e = await rejection(() => venv.install(spec));
        expect(e).toBeInstanceOf(InvalidPackageSpecificationError);
        expect(downloadsSoFar()).toBe(reqs);
        c.result(describeError(e));
        await c.intact(async () => {
          expect(await venv.list()).toEqual(before);
          expect(await pwned()).toEqual([]);
        });
      },
    );
  }

  rcase(
    AREA,
    'runSetup packages: ["--index-url=http://127.0.0.1:9/simple"]',
    'InvalidPackageSpecificationError before uv runs; venv unchanged',
    async (c) => {
      const before = await venv.list();
      const e = await rejection(() =>
        runSetup({
          cwd: base,
          root: path.join(base, WEIRD, 'root'),
          mirror: world.mirrorUrl,
          ...worldCatalogOptions(world),
          python: world.fixture.version,
          uvPath: uvBin(),
          uvCacheDir: path.join(base, WEIRD, 'uv cache'),
          indexUrl: world.indexUrl,
          venv: 'main',
          packages: ['--index-url=http://127.0.0.1:9/simple'],
        }),
      );
      c.result(describeError(e));
      expect(e).toBeInstanceOf(InvalidPackageSpecificationError);
      await c.intact(async () => expect(await venv.list()).toEqual(before));
    },
    60_000,
  );

  rcase(
    AREA,
    'runSetup packages: ["six; touch PWNED"]',
    'a typed error; no shell ran',
    async (c) => {
      const e = await rejection(() =>
        runSetup({
          cwd: base,
          root: path.join(base, WEIRD, 'root'),
          mirror: world.mirrorUrl,
          ...worldCatalogOptions(world),
          python: world.fixture.version,
          uvPath: uvBin(),
          uvCacheDir: path.join(base, WEIRD, 'uv cache'),
          indexUrl: world.indexUrl,
          venv: 'main',
          packages: ['six; touch PWNED'],
        }),
      );
      expect(e).toBeInstanceOf(InvalidPackageSpecificationError);
      c.result(describeError(e));
      await c.intact(async () => expect(await pwned()).toEqual([]));
    },
    60_000,
  );
});

describe('venv names', () => {
  const names = [
    '../escape',
    '..',
    'a/b',
    'a\\b',
    '/abs',
    '.pyembed',
    'x\0y',
    ' lead',
    'C:evil',
    `.tmp-x`,
    'n'.repeat(300),
  ];
  rcase(
    AREA,
    `venv names ${names.map((n) => JSON.stringify(n.length > 20 ? n.slice(0, 8) + '…' : n)).join(' ')}`,
    'ConfigurationError for each; nothing created',
    async (c) => {
      const before = await listTree(path.join(base, WEIRD));
      const errors: string[] = [];
      for (const n of names) {
        const e = await rejection(() => venvs.getOrCreate(n));
        expect(e, n).toBeInstanceOf(ConfigurationError);
        errors.push(e.name);
        const d = await rejection(() => venvs.delete(n));
        expect(d, n).toBeInstanceOf(ConfigurationError);
      }
      c.result(`${errors.length} x ConfigurationError (create and delete)`);
      await c.intact(async () => {
        expect(await listTree(path.join(base, WEIRD))).toEqual(before);
        expect(await venvs.list()).toEqual(['main']);
      });
    },
  );

  rcase(
    AREA,
    'runSetup venv "../../outside" (a path, resolved against cwd)',
    'created exactly there, nothing else touched',
    async (c) => {
      const cwd = path.join(base, WEIRD, 'proj', 'sub');
      await fs.mkdir(cwd, { recursive: true });
      const r = await runSetup({
        cwd,
        root: path.join(base, WEIRD, 'root'),
        mirror: world.mirrorUrl,
        ...worldCatalogOptions(world),
        python: world.fixture.version,
        uvPath: uvBin(),
        uvCacheDir: path.join(base, WEIRD, 'uv cache'),
        indexUrl: world.indexUrl,
        venv: '../../outside venv',
      });
      expect(r.venv?.path).toBe(path.join(base, WEIRD, 'outside venv'));
      c.result(`venv at ${path.relative(base, r.venv!.path)}`);
      await c.intact(async () => {
        expect(await exists(path.join(r.venv!.path, 'pyvenv.cfg'))).toBe(true);
        expect(await venvs.list()).toEqual(['main']);
      });
    },
    60_000,
  );
});

describe('big input', () => {
  rcase(
    AREA,
    'a 10 MB requirements file (comments, blank lines, 3 real requirements)',
    'parsed and installed; nothing else changed',
    async (c) => {
      const file = path.join(base, WEIRD, 'big requirements.txt');
      const filler = `# ${'x'.repeat(1000)}\n\n`;
      const lines: string[] = ['idna==3.10'];
      let size = 0;
      while (size < 10 * 1024 * 1024) {
        lines.push(filler);
        size += filler.length;
      }
      lines.splice(lines.length >> 1, 0, 'packaging==24.2');
      lines.push('iniconfig==2.0.0');
      await fs.writeFile(file, lines.join('\n'));
      expect((await fs.stat(file)).size).toBeGreaterThan(10 * 1024 * 1024);
      const big = await venvs.getOrCreate('big');
      await big.installRequirements(file);
      const names = (await big.list()).map((p) => p.name.toLowerCase()).sort();
      expect(names).toEqual(['idna', 'iniconfig', 'packaging']);
      c.result(`installed ${names.join(', ')} from ${((await fs.stat(file)).size / 1048576).toFixed(1)} MB`);
      await c.intact(async () => {
        expect(await venvs.list()).toEqual(['big', 'main']);
        expect(await leftovers(instanceDir)).toEqual([]);
      });
    },
    120_000,
  );

  rcase(
    AREA,
    'a requirements file that does not parse',
    'RequirementsFileError naming the file; venv unchanged',
    async (c) => {
      const file = path.join(base, WEIRD, 'bad reqs.txt');
      await fs.writeFile(file, 'six==1.17.0\nthis is ((( not a requirement\n');
      const before = await venv.list();
      const e = await rejection(() => venv.installRequirements(file));
      expect(e.name).toBe('RequirementsFileError');
      expect(e.message).toContain('bad reqs.txt');
      c.result(describeError(e).replace(base, '…'));
      await c.intact(async () => expect(await venv.list()).toEqual(before));
    },
    60_000,
  );

  rcase(
    AREA,
    'a package that does not exist on the index',
    "PackageInstallationError with uv's reason; venv unchanged",
    async (c) => {
      const before = await venv.list();
      const e = await rejection(() => venv.install('definitely-not-a-package-xyz==1.0'));
      expect(e).toBeInstanceOf(PackageInstallationError);
      c.result(describeError(e));
      await c.intact(async () => expect(await venv.list()).toEqual(before));
    },
    60_000,
  );
});
