import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  runDiagnose,
  type DiagnoseCheck,
} from '../src/core/diagnose/index.js';
import { uvBin } from '../test-world/paths.js';

// A real CPython of the machine (the same one the test world's PBS fixture is built from).
const SYSTEM_PYTHON = '/root/.pyenv/versions/3.11.7/bin/python3.11';

let tmp: string;
let server: http.Server;
let serverUrl: string;
let hangingServer: http.Server;
let hangingUrl: string;
let requests = 0;

const listen = async (s: http.Server) => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};
const find = (checks: DiagnoseCheck[], group: string, name: string) => {
  const c = checks.find((x) => x.group === group && x.name === name);
  if (!c)
    throw new Error(
      `no ${group}/${name} check in ${JSON.stringify(checks.map((x) => `${x.group}/${x.name}`))}`,
    );
  return c;
};

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-diag-'));
  server = http.createServer((req, res) => {
    requests++;
    res.writeHead(req.url === '/missing' ? 404 : 200).end();
  });
  serverUrl = await listen(server);
  hangingServer = http.createServer(() => {
    /* never answers */
  });
  hangingUrl = await listen(hangingServer);
});

afterAll(async () => {
  server?.closeAllConnections();
  hangingServer?.closeAllConnections();
  await Promise.all([server, hangingServer].map((s) => new Promise((r) => s?.close(r))));
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('diagnose: system, disk, dirs', () => {
  it('reports the host platform, glibc version and free disk of the root', async () => {
    const r = await runDiagnose({ root: path.join(tmp, 'not-yet') });
    expect(r.schema).toBe(1);
    expect(r.system.os).toBe('linux');
    expect(r.system.platform).toBe('linux-x86_64-gnu');
    const glibc = execFileSync('ldd', ['--version'], { encoding: 'utf8' }).split('\n')[0].split(' ').pop();
    expect(r.system.libcVersion).toBe(glibc);
    expect(find(r.checks, 'system', 'libc')).toMatchObject({ status: 'ok', detail: `glibc ${glibc}` });
    const disk = find(r.checks, 'disk', 'free disk');
    expect(disk.status).toBe('ok');
    expect(disk.data?.freeBytes).toBeGreaterThan(0);
    // a root that does not exist yet is fine when its parent is writable; nothing is created
    expect(find(r.checks, 'dirs', path.join(tmp, 'not-yet'))).toMatchObject({ status: 'ok' });
    await expect(fs.stat(path.join(tmp, 'not-yet'))).rejects.toThrow();
    expect(find(r.checks, 'instances', '(none)').status).toBe('skip');
  });

  it('fails the disk check below the threshold and a directory that cannot hold files', async () => {
    const file = path.join(tmp, 'a-file');
    await fs.writeFile(file, 'x');
    const r = await runDiagnose({ root: tmp, dirs: [path.join(file, 'sub')], minFreeBytes: 2 ** 60 });
    expect(find(r.checks, 'disk', 'free disk').status).toBe('fail');
    const dir = find(r.checks, 'dirs', path.join(file, 'sub'));
    expect(dir.status).toBe('fail');
    expect(dir.detail).toBe(`${file} is a file, not a directory.`);
    expect(r.ok).toBe(false);
    expect(r.counts.fail).toBe(2);
    expect(await fs.readdir(tmp)).toEqual(['a-file']); // the writable probe leaves nothing behind
  });
});

describe('diagnose: network', () => {
  it('reaches a host (any HTTP status), fails a refused port and a silent host within the timeout', async () => {
    const closed = http.createServer();
    const closedUrl = await listen(closed);
    await new Promise((r) => closed.close(r));
    const before = requests;
    const r = await runDiagnose({
      hosts: [
        { name: 'mirror', url: `${serverUrl}/ok` },
        { name: 'index', url: `${serverUrl}/missing` },
        { name: 'refused', url: closedUrl },
        { name: 'silent', url: hangingUrl },
        { name: 'bad', url: 'not a url' },
      ],
      timeoutMs: 300,
    });
    expect(find(r.checks, 'network', 'mirror')).toMatchObject({ status: 'ok', data: { status: 200 } });
    expect(find(r.checks, 'network', 'index')).toMatchObject({ status: 'ok', data: { status: 404 } });
    expect(find(r.checks, 'network', 'refused')).toMatchObject({
      status: 'fail',
      data: { error: 'ECONNREFUSED' },
    });
    expect(find(r.checks, 'network', 'silent').detail).toMatch(/no answer within 300 ms/);
    expect(find(r.checks, 'network', 'bad').status).toBe('fail');
    expect(requests - before).toBe(2);
  });

  it('sends nothing when offline', async () => {
    const before = requests;
    const r = await runDiagnose({ hosts: [{ name: 'mirror', url: serverUrl }], offline: true });
    expect(find(r.checks, 'network', 'mirror').status).toBe('skip');
    expect(requests).toBe(before);
  });
});

describe('diagnose: uv', () => {
  it('reports the version of a given uv and warns when it differs from the pinned one', async () => {
    const ok = await runDiagnose({ uvPath: uvBin(), expectedUvVersion: '0.13.9' });
    expect(find(ok.checks, 'uv', 'uv')).toMatchObject({ status: 'ok', data: { version: '0.13.9' } });
    const other = await runDiagnose({ uvPath: uvBin(), expectedUvVersion: '0.5.0' });
    expect(find(other.checks, 'uv', 'uv').status).toBe('warn');
    const broken = await runDiagnose({ uvPath: path.join(tmp, 'no-uv') });
    expect(find(broken.checks, 'uv', 'uv').status).toBe('fail');
  });

  it('looks uv up on PATH only when no path is given', async () => {
    const r = await runDiagnose({ env: { PATH: path.dirname(uvBin()) } });
    expect(find(r.checks, 'uv', 'uv').data?.path).toBe(path.join(path.dirname(uvBin()), 'uv'));
    const none = await runDiagnose({ env: { PATH: tmp } });
    expect(find(none.checks, 'uv', 'uv').status).toBe('warn');
  });
});

describe('diagnose: instances and venvs', () => {
  let root: string;
  beforeAll(async () => {
    root = path.join(tmp, 'root');
    // the library's layout: <root>/<key>/{python/bin/python3, venvs/<name>}
    const good = path.join(root, 'cpython-3.11.7-linux-x86_64-gnu');
    await fs.mkdir(path.join(good, 'python', 'bin'), { recursive: true });
    await fs.symlink(SYSTEM_PYTHON, path.join(good, 'python', 'bin', 'python3'));
    // a uv venv has no pip: it must still be healthy
    execFileSync(uvBin(), ['venv', '--quiet', '--python', SYSTEM_PYTHON, path.join(good, 'venvs', 'app')], {
      env: { ...process.env, UV_NO_CONFIG: '1', UV_PYTHON_DOWNLOADS: 'never' },
    });
    execFileSync(uvBin(), ['venv', '--quiet', '--python', SYSTEM_PYTHON, path.join(good, 'venvs', 'moved')], {
      env: { ...process.env, UV_NO_CONFIG: '1', UV_PYTHON_DOWNLOADS: 'never' },
    });
    const cfg = path.join(good, 'venvs', 'moved', 'pyvenv.cfg');
    await fs.writeFile(
      cfg,
      (await fs.readFile(cfg, 'utf8')).replace(/^home = .*$/m, 'home = /nonexistent/python/bin'),
    );
    // the library keeps venv metadata next to the venvs: not a venv
    await fs.mkdir(path.join(good, 'venvs', '.pyembed'), { recursive: true });
    await fs.writeFile(path.join(good, 'venvs', '.pyembed', 'pyvenv.cfg'), 'home = /nonexistent\n');
    // nor is a directory without pyvenv.cfg (someone's notes, a half-deleted venv)
    await fs.mkdir(path.join(good, 'venvs', 'notes'), { recursive: true });
    // an instance whose directory claims another version, and one whose interpreter is gone
    const wrong = path.join(root, 'cpython-3.12.1-linux-x86_64-gnu', 'python', 'bin');
    await fs.mkdir(wrong, { recursive: true });
    await fs.symlink(SYSTEM_PYTHON, path.join(wrong, 'python3'));
    await fs.mkdir(path.join(root, 'cpython-3.10.2-linux-x86_64-gnu', 'python'), { recursive: true });
  });

  it('finds instances on disk and checks each interpreter and venv', async () => {
    const r = await runDiagnose({ root });
    expect(find(r.checks, 'instances', 'cpython-3.11.7-linux-x86_64-gnu')).toMatchObject({
      status: 'ok',
      data: { version: '3.11.7' },
    });
    const app = find(r.checks, 'venvs', 'cpython-3.11.7-linux-x86_64-gnu/app');
    expect(app.status).toBe('ok');
    expect(app.detail).toMatch(/uv 0\.13\.9/);
    await expect(
      fs.stat(path.join(root, 'cpython-3.11.7-linux-x86_64-gnu', 'venvs', 'app', 'bin', 'pip')),
    ).rejects.toThrow();
    expect(r.checks.filter((c) => c.group === 'venvs').map((c) => c.name)).toEqual([
      'cpython-3.11.7-linux-x86_64-gnu/app',
      'cpython-3.11.7-linux-x86_64-gnu/moved',
    ]);
    const moved = find(r.checks, 'venvs', 'cpython-3.11.7-linux-x86_64-gnu/moved');
    expect(moved.status).toBe('fail');
    expect(moved.detail).toMatch(/\/nonexistent\/python\/bin, which does not exist/);
    expect(find(r.checks, 'instances', 'cpython-3.12.1-linux-x86_64-gnu').detail).toMatch(
      /contains Python 3\.11\.7, expected 3\.12\.1/,
    );
    expect(find(r.checks, 'instances', 'cpython-3.10.2-linux-x86_64-gnu').detail).toMatch(
      /interpreter missing/,
    );
    expect(r.ok).toBe(false);
  });

  it('checks only the given instances when a list is passed', async () => {
    const r = await runDiagnose({
      root,
      instances: [
        {
          key: 'mine',
          pythonPath: SYSTEM_PYTHON,
          venvs: [{ name: 'app', path: path.join(root, 'cpython-3.11.7-linux-x86_64-gnu', 'venvs', 'app') }],
        },
      ],
    });
    expect(r.checks.filter((c) => c.group === 'instances').map((c) => c.name)).toEqual(['mine']);
    expect(find(r.checks, 'venvs', 'mine/app').status).toBe('ok');
  });

  it('renders a text table and a markdown table with every check', async () => {
    const r = await runDiagnose({ root, hosts: [{ name: 'pipe|host', url: `${serverUrl}/` }] });
    const text = renderDiagnoseReport(r);
    expect(text).toMatch(/^python-embedded diagnose — linux-x86_64-gnu/);
    expect(text).toMatch(/venvs\s+cpython-3\.11\.7-linux-x86_64-gnu\/moved\s+FAIL\s+pyvenv\.cfg points at/);
    expect(text.trimEnd().split('\n').pop()).toBe(
      `PROBLEMS FOUND: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped`,
    );
    const md = renderDiagnoseMarkdown(r);
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| group')).length).toBe(
      r.checks.length,
    );
    expect(md).toContain('pipe\\|host');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
