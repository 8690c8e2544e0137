import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { writeProject } from './uv-harness.js';
import { runMainStep } from './workflows/runner-files.js';

// The action's main step run the way a runner runs it (own node process, INPUT_* in, runner files out),
// against the local world: real PBS-layout CPython from the mirror, real uv, real wheels.
let world: World;
let tmp: string;
let toolCache: string;
let workspace: string;
let closedUrl: string;

/** What the catalogue picks from the world's release by default: install_only_stripped, .tar.gz first. */
const strippedGz = () =>
  world.fixture.archives.find((a) => a.flavor === 'install_only_stripped' && a.format === 'tar.gz')!;
const pbsDownloads = () =>
  world.fixture.archives.reduce((n, a) => n + world.server.downloadRequests(a.assetName).length, 0);

function runMain(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runMainStep(world, { tmp, workspace, toolCache: toolCache }, inputs, extraEnv);
}

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-action-'));
  toolCache = path.join(tmp, 'tool-cache');
  workspace = path.join(tmp, 'workspace');
  await fs.mkdir(workspace, { recursive: true });
  await fs.writeFile(path.join(workspace, 'requirements.txt'), 'six==1.17.0\n');
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((r) => closed.close(r));
});

afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('action main step', () => {
  it('installs Python, uv, a venv with the requirements; writes outputs, environment, state and summary', async () => {
    const r = await runMain(
      {
        requirements: 'requirements.txt',
        diagnose: 'true',
        'github-token': 'ghs_not_a_real_token_123',
        // same server, another host name: `localhost` is not a GitHub host, `127.0.0.1` is (GITHUB_API_URL, GHES-like)
        mirror: world.mirrorUrl.replace('127.0.0.1', 'localhost'),
      },
      { ImageOS: 'ubuntu24', ImageVersion: '20250105.1' },
    );
    expect(r.errors, r.stdout + r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const { outputs, env, path: paths, state, summary } = r.files;
    const venv = path.join(workspace, '.venv');
    expect(outputs).toMatchObject({
      'python-version': world.fixture.version,
      'python-versions': JSON.stringify([world.fixture.version]),
      'python-build': world.fixture.build,
      'python-cache-hit': 'false',
      'uv-version': '0.13.9',
      'venv-path': venv,
      'python-path': path.join(venv, 'bin', 'python'),
      'cache-hit': 'false',
      'export-path': '', // export + import are covered end to end in e2e-action.test.ts
    });
    expect(outputs['uv-path']).toMatch(/uv$/);
    // the venv's python has the requirements
    expect(
      execFileSync(outputs['python-path'], ['-c', 'import six; print(six.__version__)'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('1.17.0');
    // the tool cache's copy keeps the archive's timestamps: its stdlib bytecode is current, so Python starts
    // without compiling the stdlib from source (`-B`: nothing written, so every start would pay again)
    const verbose = spawnSync(outputs['python-path'], ['-I', '-B', '-v', '-c', 'import json, email.parser'], {
      encoding: 'utf8',
    });
    expect(verbose.status).toBe(0);
    expect(verbose.stderr).toMatch(/matches .*json.__init__\.py/);
    expect(verbose.stderr).not.toMatch(/bytecode is stale/);
    // environment like setup-python + setup-uv; pythonLocation is the tool cache entry
    expect(env.VIRTUAL_ENV).toBe(venv);
    expect(env.UV_PYTHON).toBe(outputs['python-path']);
    expect(env.pythonLocation.startsWith(path.join(toolCache, 'Python', world.fixture.version))).toBe(true);
    expect(env.UV_CACHE_DIR).toBe(path.join(tmp, '.cache', 'pyembed-uv'));
    expect(paths[paths.length - 1]).toBe(path.join(venv, 'bin')); // added last = first on PATH
    // the post step gets an exact key (no comma, <= 512) and the uv to prune with
    expect(state['uv-cache-key']).toMatch(
      /^pyembed-uv-2-linux-ubuntu24-20250105\.1-x86_64-gnu-cpython-3\.11\.7-linux-x86_64-gnu-20240108-uv0\.13\.9-[0-9a-f]{32}-[0-9a-f]{8}$/,
    );
    expect(outputs['cache-key']).toBe(state['uv-cache-key']);
    expect(state['uv-cache-save']).toBe('true');
    expect(state['uv-path']).toBe(outputs['uv-path']);
    expect(state['setup-completed']).toBe('true');
    // diagnose
    const report = JSON.parse(await fs.readFile(outputs['diagnose-report'], 'utf8'));
    expect(report.schema).toBe(1);
    expect(report.checks.find((c: { group: string }) => c.group === 'venvs').status).toBe('ok');
    // summary: asked, resolved, URL, from cache, phases, packages, diagnose
    expect(summary).toContain('<td>3.11.7 (input)</td>');
    expect(summary).toContain(`<td>3.11.7 (${world.fixture.key})</td>`);
    // the URL actually used: the mirror's, `+` spelled %2B
    expect(summary).toContain(
      `Source: <code>${world.mirrorUrl.replace('127.0.0.1', 'localhost')}/20240108/cpython-3.11.7%2B20240108-x86_64-unknown-linux-gnu-install_only`,
    );
    for (const phase of [
      'resolve',
      'install',
      'uv cache restore',
      'uv',
      'venv',
      'packages',
      'diagnose',
      'total',
    ]) {
      expect(summary).toContain(`<td>${phase}</td>`);
    }
    // restoring uv's cache is its own timed row beside the install (not folded into it)
    expect(summary).toMatch(/<tr><td>install<\/td><td>\d+(\.\d)? m?s<\/td><\/tr>/);
    expect(summary).toMatch(/<tr><td>uv cache restore<\/td><td>\d+(\.\d)? m?s<\/td><\/tr>/);
    expect(summary).toContain('#### Diagnose');
    // the token is masked, never sent to a mirror
    expect(r.stdout).toContain('::add-mask::ghs_not_a_real_token_123');
    expect((r.stdout + r.stderr).split('ghs_not_a_real_token_123').length - 1).toBe(1); // only in add-mask
    const toMirror = world.server.requests.filter((q) => String(q.headers.host).startsWith('localhost:'));
    expect(toMirror.map((q) => q.path)).toContain(
      `/astral-sh/python-build-standalone/releases/download/20240108/${encodeURIComponent(strippedGz().assetName)}`,
    );
    expect(toMirror.filter((q) => q.headers.authorization !== undefined)).toEqual([]);
    // uv came from uv-download-url, a mirror too; the token went only to the API (GITHUB_API_URL), asked for
    // the world's release, which the bundled catalogue does not know (trust-tokens.test.ts: a GHES API)
    expect(
      world.server.requests.filter((q) => q.headers.authorization !== undefined).map((q) => q.path),
    ).toEqual([`/repos/astral-sh/python-build-standalone/releases/tags/${world.fixture.build}`]);
    expect(pbsDownloads()).toBe(1);
  });

  it('takes Python from the tool cache the second time: no download', async () => {
    const before = pbsDownloads();
    const r = await runMain({ venv: '.venv-second', requirements: 'requirements.txt', cache: 'false' });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.files.outputs['python-cache-hit']).toBe('true');
    // cache off: no restore phase, no key for the post step
    expect(r.files.summary).toContain('<td>install</td>');
    expect(r.files.summary).not.toContain('uv cache restore');
    expect(r.files.state['uv-cache-key']).toBeUndefined();
    expect(pbsDownloads()).toBe(before);
    expect(r.stdout).toMatch(/found in the tool cache/);
  });

  it('offline: everything from the tool cache and the uv cache, not one request, network checks skipped', async () => {
    const before = world.server.requests.length;
    const r = await runMain({
      venv: '.venv-offline',
      requirements: 'requirements.txt',
      offline: 'true',
      diagnose: 'true',
    });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.files.outputs['python-cache-hit']).toBe('true');
    expect(execFileSync(r.files.outputs['python-path'], ['-c', 'import six'], { encoding: 'utf8' })).toBe('');
    expect(world.server.requests.length).toBe(before);
    const report = JSON.parse(await fs.readFile(r.files.outputs['diagnose-report'], 'utf8'));
    const network = report.checks.filter((c: { group: string }) => c.group === 'network');
    expect(network.length).toBeGreaterThan(0);
    expect(network.every((c: { status: string }) => c.status === 'skip')).toBe(true);
  });

  it('installs a pyproject editable with extras, the version read from python-version-file', async () => {
    const proj = path.join(workspace, 'proj');
    await writeProject(proj, {
      name: 'demo-pkg',
      dependencies: ['idna'],
      extras: { fmt: ['colorama'] },
      code: 'VALUE = 1\n',
    });
    await fs.writeFile(path.join(workspace, '.python-version'), `${world.fixture.version}\n`);
    const r = await runMain({
      'python-version': '',
      'python-version-file': '.python-version',
      pyproject: 'proj',
      editable: 'true',
      extras: 'fmt',
      venv: '.venv-proj',
    });
    expect(r.errors, r.stdout).toEqual([]);
    const py = r.files.outputs['python-path'];
    const show = () =>
      execFileSync(py, ['-c', 'import demo_pkg, colorama, idna; print(demo_pkg.VALUE)'], {
        encoding: 'utf8',
      }).trim();
    expect(show()).toBe('1');
    await fs.writeFile(path.join(proj, 'demo_pkg', '__init__.py'), 'VALUE = 2\n');
    expect(show()).toBe('2'); // editable: the source is live
    expect(r.files.summary).toContain(
      `<td>${world.fixture.version} (${path.join(workspace, '.python-version')})</td>`,
    );
    expect(r.files.summary).toMatch(/<td>packages<\/td>/);
    // the key hashes the pyproject: not the requirements key of the first test
    expect(r.files.state['uv-cache-key']).toMatch(/-uv0\.13\.9-[0-9a-f]{32}-[0-9a-f]{8}$/);
  });

  it('fails a version that matches nothing with one line of guidance', async () => {
    const r = await runMain({ 'python-version': '2.1' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^::error title=InvalidPythonVersionError::.*2\.1.*/);
    expect(r.files.outputs['python-path']).toBeUndefined();
    expect(r.files.state['setup-completed']).toBeUndefined();
  });

  it('fails an invalid input naming it, before any network', async () => {
    const before = world.server.requests.length;
    const r = await runMain({ cache: 'maybe' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      '::error title=ConfigurationError::Invalid value for input "cache": "maybe" is not a boolean or pip, pipenv, poetry. Use true, false, pip, pipenv or poetry.',
    ]);
    expect(world.server.requests.length).toBe(before);
  });

  it('diagnose reports problems without failing; strict fails the step on them', async () => {
    // an unreachable package index (the API is needed: it knows the world's release of Python)
    const env = { PYEMBED_INDEX_URL: `${closedUrl}/simple/` };
    const soft = await runMain({ venv: '.venv-second', diagnose: 'true' }, env);
    expect(soft.code, soft.stdout).toBe(0);
    expect(soft.stdout).toMatch(/::warning::diagnose network\/index: 127\.0\.0\.1:\d+ unreachable/);
    const report = JSON.parse(await fs.readFile(soft.files.outputs['diagnose-report'], 'utf8'));
    expect(report.ok).toBe(false);
    const strict = await runMain({ venv: '.venv-second', diagnose: 'strict' }, env);
    expect(strict.code).toBe(1);
    expect(strict.errors).toHaveLength(1);
    expect(strict.errors[0]).toMatch(
      /diagnose found 1 failure\(s\): network\/index: 127\.0\.0\.1:\d+ unreachable/,
    );
    expect(strict.files.state['setup-completed']).toBeUndefined();
  });
});
