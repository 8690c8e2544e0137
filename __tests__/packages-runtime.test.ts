// PythonRuntime with real uv, the world's CPython and its local index: install / list / show / outdated /
// upgrade / downgrade across six 1.15 -> 1.16 -> 1.17, batches, requirements, uninstall with dependencies,
// freeze/export, health, PyPI metadata, and option injection refused before uv runs.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidPackageSpecificationError,
  PackageInstallationError,
  PythonNotInstalledError,
  RequirementsFileError,
} from '../src/core/errors.js';
import { PythonRuntime } from '../src/core/packages/runtime.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';
import type { VirtualEnvironment } from '../src/core/venvs/virtual-environment.js';
import { startHarness, type Harness } from './uv-harness.js';

const run = promisify(execFile);
let h: Harness;
let venvs: VirtualEnvironmentManager;

beforeAll(async () => {
  h = await startHarness('packages');
  venvs = new VirtualEnvironmentManager({ instance: h.instance, uv: h.uv, pypiJsonUrl: h.world.pypiJsonUrl });
});
afterAll(async () => h?.close());

async function freshVenv(name: string): Promise<VirtualEnvironment> {
  return venvs.getOrCreate(name, { recreate: true });
}
const indexHits = () => h.world.server.requests.filter((r) => r.path.startsWith('/simple/')).length;
async function py(venv: VirtualEnvironment, code: string): Promise<string> {
  return (await run(venv.pythonPath, ['-c', code])).stdout.trim();
}

describe('install, list, query', () => {
  let v: VirtualEnvironment;
  beforeAll(async () => {
    v = await freshVenv('query');
  });

  it('installs one spec, which then imports in the venv only', async () => {
    const lines: string[] = [];
    const r = await v.install('six==1.15.0', { onOutput: (l) => lines.push(l) });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('+ six==1.15.0');
    expect(lines).toContain(' + six==1.15.0'); // streamed line by line while uv ran
    expect(await py(v, 'import six; print(six.__version__)')).toBe('1.15.0');
    // not in the instance interpreter: the venv is isolated
    await expect(run(h.instance.pythonPath, ['-c', 'import six'])).rejects.toThrow(/No module named/);
  });

  it('lists (JSON), answers isInstalled/getVersion (name-normalised), and shows details', async () => {
    expect(await v.list()).toEqual([{ name: 'six', version: '1.15.0' }]);
    expect(await v.isInstalled('Six')).toBe(true);
    expect(await v.getVersion('SIX')).toBe('1.15.0');
    expect(await v.getVersion('idna')).toBeUndefined();
    expect(await v.isInstalled('idna')).toBe(false);
    const info = await v.info('six');
    expect(info).toMatchObject({
      name: 'six',
      version: '1.15.0',
      requires: [],
      summary: 'Python 2 and 3 compatibility utilities',
    });
    expect(info!.location).toBe(path.join(v.path, 'lib', 'python3.11', 'site-packages'));
    expect(await v.info('idna')).toBeUndefined();
    const detailed = await v.list({ details: true });
    expect(detailed[0]).toMatchObject({ name: 'six', summary: 'Python 2 and 3 compatibility utilities' });
  });

  it('reports outdated packages against the index, then upgrades all, then downgrades step by step', async () => {
    expect(await v.outdated()).toEqual([
      { name: 'six', installedVersion: '1.15.0', latestVersion: '1.17.0', latestFiletype: 'wheel' },
    ]);
    const up = await v.upgradeAll();
    expect(up.upgraded.map((p) => p.name)).toEqual(['six']);
    expect(await v.getVersion('six')).toBe('1.17.0');
    expect(await v.outdated()).toEqual([]);
    expect((await v.upgradeAll()).upgraded).toEqual([]);

    await v.downgrade('six', '1.16.0');
    expect(await py(v, 'import six; print(six.__version__)')).toBe('1.16.0');
    expect((await v.outdated()).map((p) => [p.installedVersion, p.latestVersion])).toEqual([
      ['1.16.0', '1.17.0'],
    ]);
    await v.downgrade('six', '1.15.0');
    expect(await v.getVersion('six')).toBe('1.15.0');
    // "downgrade" to a newer version also pins exactly
    await v.downgrade('six', '1.16.0');
    expect(await v.getVersion('six')).toBe('1.16.0');
    // a version the index does not have: a clear error, version unchanged
    const err = await v.downgrade('six', '1.0.0').catch((e) => e);
    expect(err).toBeInstanceOf(PackageInstallationError);
    expect(err.message).toMatch(/six==1\.0\.0/);
    expect(await v.getVersion('six')).toBe('1.16.0');
    // install with upgrade
    await v.install('six', { upgrade: true });
    expect(await v.getVersion('six')).toBe('1.17.0');
  });

  it('a missing package is a PackageInstallationError carrying uv’s own message', async () => {
    const err = await v.install('no-such-package-xyz').catch((e) => e);
    expect(err).toBeInstanceOf(PackageInstallationError);
    expect(err.message).toContain('no-such-package-xyz');
    expect(err.message).toMatch(/not found in the package registry/);
    expect(err.details.installationOutput).toContain('no-such-package-xyz');
    expect(err.details.packageSpecification).toBe('no-such-package-xyz');
  });

  it('freeze / exportRequirements write what is installed', async () => {
    expect(await v.freeze()).toBe('six==1.17.0\n');
    const exact = await v.exportRequirements(path.join(h.scratch, 'out', 'req.txt'));
    expect(await fs.readFile(exact, 'utf8')).toBe('six==1.17.0\n');
    const min = await v.exportRequirements(path.join(h.scratch, 'out', 'req-min.txt'), { pin: 'minimum' });
    expect(await fs.readFile(min, 'utf8')).toBe('six>=1.17.0\n');
    // the exported file reproduces the environment elsewhere
    const other = await freshVenv('from-export');
    await other.installRequirements(exact);
    expect(await other.freeze()).toBe('six==1.17.0\n');
  });
});

describe('option injection is refused before uv runs', () => {
  it.each([
    '--index-url=http://127.0.0.1:9/simple/',
    '-r /etc/passwd',
    '--no-deps',
    '-e /tmp',
    'six --extra-index-url http://127.0.0.1:9/simple/',
    'six; echo pwned',
  ])('%j', async (spec) => {
    const v = await venvs.getOrCreate('inject');
    const before = indexHits();
    await expect(v.install(spec)).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
    await expect(v.install(['six', spec])).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
    await expect(v.uninstall(spec)).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
    await expect(v.downgrade('six', spec)).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
    expect(indexHits()).toBe(before);
    expect(await v.list()).toEqual([]);
  });

  it('pyproject extras/groups and index URLs are validated too', async () => {
    const v = await venvs.getOrCreate('inject');
    await expect(v.installPyproject(h.scratch, { extras: ['--all'] })).rejects.toBeInstanceOf(
      PackageInstallationError,
    );
    await expect(v.install('six', { indexUrl: '--no-index' })).rejects.toThrow(/Not a package index URL/);
  });
});

describe('batches', () => {
  it('installs a batch in one uv call', async () => {
    const v = await freshVenv('batch');
    const before = indexHits();
    const r = await v.batchInstall(['idna==3.6', 'colorama', 'tabulate']);
    expect(Object.values(r).every((x) => x.ok)).toBe(true);
    expect(Object.keys(r)).toEqual(['idna==3.6', 'colorama', 'tabulate']);
    expect(await v.getVersion('idna')).toBe('3.6');
    // one resolution: each project page fetched once
    expect(indexHits() - before).toBeLessThanOrEqual(3);
  });

  it('when the batch fails, reports per package (valid ones installed, invalid ones never reached uv)', async () => {
    const v = await freshVenv('batch-fail');
    const r = await v.batchInstall(['toml', 'no-such-package-xyz', '--no-deps', 'wcwidth==0.2.13']);
    expect(r.toml.ok).toBe(true);
    expect(r['wcwidth==0.2.13'].ok).toBe(true);
    expect(r['no-such-package-xyz']).toMatchObject({ ok: false });
    expect(r['no-such-package-xyz'].error).toMatch(/not found in the package registry/);
    expect(r['no-such-package-xyz'].result?.exitCode).toBeGreaterThan(0);
    expect(r['no-such-package-xyz'].result?.stderr).toContain('no-such-package-xyz');
    expect(r['--no-deps'].ok).toBe(false);
    expect(r['--no-deps'].error).toMatch(/command-line option/);
    expect((await v.list()).map((p) => p.name).sort()).toEqual(['toml', 'wcwidth']);
  });

  it('uninstalls a batch, with per-package results', async () => {
    const v = await venvs.get('batch');
    const r = await v.batchUninstall(['idna', 'colorama', '../x']);
    expect(r.idna.ok && r.colorama.ok).toBe(true);
    expect(r['../x'].ok).toBe(false);
    expect((await v.list()).map((p) => p.name)).toEqual(['tabulate']);
  });
});

describe('uninstall', () => {
  it('removes a package; with removeDependencies also what only it needed', async () => {
    const v = await freshVenv('uninstall');
    await v.install(['python-dateutil', 'rsa']); // dateutil -> six ; rsa -> pyasn1
    expect((await v.list()).map((p) => p.name).sort()).toEqual(['pyasn1', 'python-dateutil', 'rsa', 'six']);
    await v.uninstall('rsa');
    expect((await v.list()).map((p) => p.name).sort()).toEqual(['pyasn1', 'python-dateutil', 'six']);
    await v.uninstall('python-dateutil', { removeDependencies: true });
    expect((await v.list()).map((p) => p.name)).toEqual(['pyasn1']);
  });

  it('keeps a dependency that another installed package still needs', async () => {
    const v = await freshVenv('uninstall-shared');
    await v.install(['python-dateutil', 'six']);
    await v.install('markdown-it-py'); // -> mdurl
    await v.uninstall(['markdown-it-py'], { removeDependencies: true });
    expect((await v.list()).map((p) => p.name).sort()).toEqual(['python-dateutil', 'six']);
    await v.uninstall('python-dateutil', { removeDependencies: true });
    expect(await v.list()).toEqual([]);
  });
});

describe('requirements files', () => {
  it('installs a requirements file with a constraints file', async () => {
    const v = await freshVenv('reqs');
    const req = path.join(h.scratch, 'requirements.txt');
    const con = path.join(h.scratch, 'constraints.txt');
    await fs.writeFile(req, '# deps\nidna\npackaging>=23\n');
    await fs.writeFile(con, 'idna==3.6\npackaging==23.2\n');
    await v.installRequirements(req, { constraints: con });
    expect(await v.freeze()).toBe('idna==3.6\npackaging==23.2\n');
  });

  it('a bad line is a RequirementsFileError naming it, and nothing changes in the venv', async () => {
    const v = await freshVenv('reqs-bad');
    await v.install('six==1.15.0');
    const before = await v.freeze();
    const req = path.join(h.scratch, 'bad-requirements.txt');
    await fs.writeFile(req, 'six==1.17.0\nidna\nthis is not a requirement!!\n');
    const err = await v.installRequirements(req).catch((e) => e);
    expect(err).toBeInstanceOf(RequirementsFileError);
    expect(err.message).toContain(req);
    expect(err.message).toMatch(/this is not a requirement/);
    expect(await v.freeze()).toBe(before);
  });

  it('an unresolvable line is a RequirementsFileError too; a missing file says so', async () => {
    const v = await venvs.getOrCreate('reqs-bad');
    const req = path.join(h.scratch, 'unresolvable.txt');
    await fs.writeFile(req, 'six==1.17.0\nno-such-package-xyz\n');
    const err = await v.installRequirements(req).catch((e) => e);
    expect(err).toBeInstanceOf(RequirementsFileError);
    expect(err.message).toContain('no-such-package-xyz');
    expect(await v.getVersion('six')).toBe('1.15.0');
    await expect(v.installRequirements(path.join(h.scratch, 'nope.txt'))).rejects.toThrow(/not found/);
  });
});

describe('index and proxy configuration', () => {
  it('reports options vs defaults and applies configureIndex to later calls', async () => {
    const rt = new PythonRuntime({
      pythonPath: h.instance.pythonPath,
      uv: h.uv.with({ indexUrl: undefined }),
    });
    const cfg = rt.pipConfig();
    expect(cfg.cacheDir).toBe(h.uv.options.cacheDir);
    expect(cfg.sources.cacheDir).toBe('options');
    // with no index configured, a fresh runtime would go to PyPI; point it at the world's index instead
    const after = rt.configureIndex(h.world.indexUrl, { trusted: true });
    expect(after.indexUrl).toBe(h.world.indexUrl);
    expect(after.trustedHosts).toEqual([new URL(h.world.indexUrl).host]);
    expect(after.sources.indexUrl).toBe('options');
    expect(rt.configureProxy('http://127.0.0.1:3128', { noProxy: '127.0.0.1' })).toMatchObject({
      proxy: 'http://127.0.0.1:3128',
      noProxy: '127.0.0.1',
    });
    expect(() => rt.configureProxy('not a url')).toThrow(/proxy/);
  });

  it('offline: installs from the product-owned uv cache without touching any index', async () => {
    await (await freshVenv('online')).install('six==1.16.0'); // fills the cache
    const offline = new VirtualEnvironmentManager({
      instance: h.instance,
      uv: h.uv.with({ offline: true }), // same index URL: uv's cache is keyed by it
    });
    const v = await offline.getOrCreate('offline', { recreate: true });
    const before = indexHits();
    await v.install('six==1.16.0');
    expect(await v.getVersion('six')).toBe('1.16.0');
    expect(indexHits()).toBe(before);
    // something never cached cannot come from anywhere: uv says the network is disabled
    await expect(v.install('xmltodict')).rejects.toThrow(/network was disabled|offline/i);
    expect(v.pipConfig().offline).toBe(true);
  });

  it('the uv cache is where the product says, and can be pruned for CI', async () => {
    expect(await h.uv.cacheDir()).toBe(h.uv.options.cacheDir);
    expect((await fs.readdir(h.uv.options.cacheDir!)).length).toBeGreaterThan(0);
    const r = await h.uv.pruneCache({ ci: true });
    expect(r.exitCode).toBe(0);
  });

  it('installs into the instance interpreter itself (not only venvs)', async () => {
    const rt = new PythonRuntime({ pythonPath: h.instance.pythonPath, uv: h.uv });
    await rt.install('toml==0.10.2');
    expect(await rt.getVersion('toml')).toBe('0.10.2');
    expect((await run(h.instance.pythonPath, ['-c', 'import toml; print(toml.__file__)'])).stdout).toContain(
      path.join(h.instance.dir, 'python'),
    );
    await rt.uninstall('toml');
    expect(await rt.isInstalled('toml')).toBe(false);
    const health = await rt.validateInstallation();
    expect(health).toMatchObject({ overallHealth: 'Healthy', prefix: path.join(h.instance.dir, 'python') });
  });
});

describe('health and versions', () => {
  it('a fresh uv venv without pip is Healthy', async () => {
    const v = await freshVenv('health');
    const report = await v.validateInstallation();
    expect(report).toMatchObject({
      executableExists: true,
      pythonVersionCheck: 'Success',
      commandExecution: 'Success',
      uvCheck: 'Success',
      uvVersion: '0.13.9',
      dependencyCheck: 'Success',
      sitePackagesWritable: true,
      overallHealth: 'Healthy',
      problems: [],
    });
    expect(report.pipVersion).toBeUndefined();
    expect(await v.pipVersion()).toBeUndefined();
    expect(await v.uvVersion()).toBe('0.13.9');
    const info = await v.pythonVersionInfo();
    expect(info).toMatchObject({
      version: '3.11.7',
      prefix: v.path,
      basePrefix: path.join(h.instance.dir, 'python'),
    });
  });

  it('broken dependencies make it Unhealthy, with uv pip check’s reason', async () => {
    const v = await freshVenv('health-broken');
    await v.install('python-dateutil', { noDeps: true }); // needs six, which is missing
    const report = await v.validateInstallation();
    expect(report.dependencyCheck).toBe('Failed');
    expect(report.overallHealth).toBe('Unhealthy');
    expect(report.problems.join('\n')).toMatch(/six/);
  });

  it('a deleted interpreter is reported, and package calls say so', async () => {
    const rt = new PythonRuntime({ pythonPath: path.join(h.scratch, 'gone', 'bin', 'python'), uv: h.uv });
    const report = await rt.validateInstallation();
    expect(report.executableExists).toBe(false);
    expect(report.overallHealth).toBe('Unhealthy');
    await expect(rt.list()).rejects.toBeInstanceOf(PythonNotInstalledError);
  });
});

describe('PyPI JSON API', () => {
  it('gets metadata of the latest and of a given version; undefined when absent', async () => {
    const v = await venvs.getOrCreate('query');
    const latest = await v.getPackageMetadata('six');
    expect(latest).toMatchObject({
      name: 'six',
      version: '1.17.0',
      summary: 'Python 2 and 3 compatibility utilities',
      license: 'MIT',
    });
    expect(latest!.releases).toEqual(['1.15.0', '1.16.0', '1.17.0']);
    expect((await v.getPackageMetadata('six', '1.15.0'))?.version).toBe('1.15.0');
    expect(await v.getPackageMetadata('no-such-package-xyz')).toBeUndefined();
    await expect(v.getPackageMetadata('--x')).rejects.toBeInstanceOf(InvalidPackageSpecificationError);
  });

  it('searches names on the index (not only exact lookups)', async () => {
    const v = await venvs.getOrCreate('query');
    const hits = await v.searchPyPI('py');
    const names = hits.map((x) => x.name.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['pyparsing', 'pyflakes', 'pycodestyle', 'pyasn1']));
    expect(hits.find((x) => x.name.toLowerCase() === 'pyparsing')!.version).toBe('3.2.0');
    const exact = await v.searchPyPI('six');
    expect(exact[0]).toMatchObject({ name: 'six', version: '1.17.0' });
    expect(await v.searchPyPI('zzz-nothing-like-this')).toEqual([]);
    expect((await v.searchPyPI('py', { limit: 2 })).length).toBe(2);
  });
});
