// The Windows/macOS/musl findings of issue 14, each through the code that had the bug: renames that outlast
// an antivirus lock (real install from the world), process trees on timeout (real processes; Windows rules on
// a fake process table), the session interrupt without SIGINT, relocatable venvs made by real uv, launchers
// that cannot be moved, Windows-reserved venv names, free-threaded Windows layouts, uv's musl triples.
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fs as asyncFs } from '../src/core/async-fs.js';
import { createCatalog } from '../src/core/catalog/index.js';
import { ConfigurationError } from '../src/core/errors.js';
import { killTree, trackChild, untrackChild, type ProcessControl } from '../src/core/exec/kill-tree.js';
import { emulateHost } from '../src/core/host.js';
import { installBuild } from '../src/core/install/install.js';
import { findInterpreter, interpreterPathEntries, locatePython } from '../src/core/install/python-layout.js';
import type { Logger } from '../src/core/log.js';
import { parsePlatform } from '../src/core/platform.js';
import { PythonSession } from '../src/core/session/session.js';
import { spawnCapture } from '../src/core/uv/spawn.js';
import { uvAsset, uvTriple } from '../src/core/uv/triple.js';
import { validateVenvName } from '../src/core/venvs/layout.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';
import { readVenvArchive } from '../src/core/venvs/archive.js';
import { recordedVenvPath } from '../src/core/venvs/relocate.js';
import { alive, waitUntil } from './helpers/processes.js';
import { startHarness, type Harness } from './uv-harness.js';

const run = promisify(execFile);
let h: Harness;
let restoreHost: (() => void) | undefined;

beforeAll(async () => {
  h = await startHarness('platform-findings');
});
afterAll(async () => h?.close());
afterEach(() => {
  restoreHost?.();
  restoreHost = undefined;
  vi.restoreAllMocks();
});

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const rec = (m: string) => void lines.push(m);
  return { lines, debug: () => {}, info: rec, warn: rec, error: rec };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
}

/** The code's renames (src/core/async-fs.ts) to `dest` fail with `code` the first `times` times. */
function lockedRename(dest: string, code: string, times: number) {
  const real = asyncFs.rename;
  let left = times;
  return vi.spyOn(asyncFs, 'rename').mockImplementation(async (from, to) => {
    if (path.resolve(String(to)) === dest && left-- > 0) throw errno(code);
    return real(from, to);
  });
}

describe('1. directory renames outlast a transient Windows lock', () => {
  // the world's release of its CPython is known to its GitHub stand-in, not to the bundled catalogue
  const catalog = () => createCatalog({ apiUrl: h.world.apiUrl });

  it('installBuild on Windows retries EPERM/EBUSY on the final rename and installs', async () => {
    const build = await catalog().resolve(h.world.fixture.version, { build: h.world.fixture.build });
    const target = path.join(h.scratch, 'win-retry', 'python');
    restoreHost = emulateHost('win32');
    const spy = lockedRename(target, 'EPERM', 2);
    const r = await installBuild(build, target, { mirror: h.world.mirrorUrl });
    expect(spy.mock.calls.filter(([, to]) => path.resolve(String(to)) === target)).toHaveLength(3);
    expect(r.pythonDir).toBe(target);
    const { stdout } = await run(r.pythonPath, ['-c', 'import sys; print(sys.version.split()[0])']);
    expect(stdout.trim()).toBe(h.world.fixture.version);
  });

  it('elsewhere EPERM is permanent: thrown at once, nothing left at the target', async () => {
    const build = await catalog().resolve(h.world.fixture.version, { build: h.world.fixture.build });
    const target = path.join(h.scratch, 'posix-no-retry', 'python');
    restoreHost = emulateHost('linux');
    const spy = lockedRename(target, 'EPERM', 1);
    await expect(installBuild(build, target, { mirror: h.world.mirrorUrl })).rejects.toMatchObject({
      code: 'EPERM',
    });
    expect(spy.mock.calls.filter(([, to]) => path.resolve(String(to)) === target)).toHaveLength(1);
    expect(await fsp.readdir(path.dirname(target))).toEqual([]);
  });

  it('a venv clone on Windows retries EBUSY on the rename into place', async () => {
    restoreHost = emulateHost('win32');
    const { venvs, venvsDir } = await windowsVenv('clone-retry', 'tools');
    const dest = path.join(venvsDir, 'copy');
    const spy = lockedRename(dest, 'EBUSY', 2);
    const clone = await venvs.clone('tools', 'copy');
    expect(clone.path).toBe(dest);
    expect(spy.mock.calls.filter(([, to]) => path.resolve(String(to)) === dest)).toHaveLength(3);
    expect(await fsp.readFile(path.join(dest, 'Scripts', 'activate'), 'utf8')).toBe(
      `VIRTUAL_ENV='${dest}'\n`,
    );
  });
});

/**
 * A venv laid out as uv makes it on Windows (Scripts/, Lib/site-packages, a PE python.exe), in a scratch
 * instance: enough for clone/export, which never run its interpreter. `launcher` adds a Scripts/black.exe
 * that holds the venv's absolute path the way a non-relocatable uv trampoline does.
 */
async function windowsVenv(tag: string, name: string, o: { launcher?: boolean } = {}) {
  const instanceDir = path.join(h.scratch, `win-${tag}`);
  const venvsDir = path.join(instanceDir, 'venvs');
  const src = path.join(venvsDir, name);
  await fsp.mkdir(path.join(src, 'Scripts'), { recursive: true });
  await fsp.mkdir(path.join(src, 'Lib', 'site-packages'), { recursive: true });
  await fsp.writeFile(path.join(src, 'pyvenv.cfg'), 'home = C:\\Python\nversion_info = 3.11.7\n');
  await fsp.writeFile(path.join(src, 'Scripts', 'python.exe'), Buffer.from([0x4d, 0x5a, 0, 0]));
  await fsp.writeFile(path.join(src, 'Scripts', 'activate'), `VIRTUAL_ENV='${src}'\n`);
  if (o.launcher) {
    const head = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    await fsp.writeFile(
      path.join(src, 'Scripts', 'black.exe'),
      Buffer.concat([head, Buffer.from(path.join(src, 'Scripts', 'python.exe'))]),
    );
  }
  const instance = { dir: instanceDir, pythonPath: path.join(instanceDir, 'python', 'python.exe') };
  return { venvs: new VirtualEnvironmentManager({ instance, uv: h.uv }), venvsDir, src };
}

describe('2. process trees end on timeout', () => {
  it('a timed-out spawnCapture (uv) also kills the processes it started', async () => {
    const pidFile = path.join(h.scratch, 'grandchild.pid');
    const r = await spawnCapture('/bin/sh', ['-c', `sleep 300 & echo $! > ${pidFile}; wait`], {
      timeoutMs: 500,
    });
    expect(r.killed).toBe('timeout');
    const grandchild = Number(await fsp.readFile(pidFile, 'utf8'));
    await waitUntil(() => !alive(grandchild), `grandchild ${grandchild} to be gone`);
  });

  it('Windows: children of an exited leader are killed by their own tree; a reused pid is left alone', () => {
    const leader = 4242;
    trackChild(leader, false, 1_000);
    untrackChild(leader, 5_000);
    const killed: number[] = [];
    const table = [
      { pid: 100, ppid: leader, startedMs: 2_000 }, // started by our leader: its orphan
      { pid: 101, ppid: 100, startedMs: 2_500 }, // grandchild: taskkill /T on 100 reaches it
      { pid: 200, ppid: leader, startedMs: 9_000 }, // child of a later process given the same pid
      { pid: 300, ppid: 1, startedMs: 1_500 },
    ];
    const control: ProcessControl = {
      platform: 'win32',
      list: () => table,
      signal: () => {
        throw new Error('Windows has no signals');
      },
      taskkillTree: (pid) => void killed.push(pid),
    };
    killTree(leader, { group: false, leaderExited: true }, control);
    expect(killed).toEqual([100]);
    killed.length = 0;
    killTree(leader, { group: false, leaderExited: false }, control);
    expect(killed).toEqual([leader]);
  });

  it('the session worker is interrupted without SIGINT (Windows) and keeps its state', async () => {
    const [major, minor] = h.world.fixture.version.split('.');
    const python = path.join(h.instance.dir, 'python', 'bin', `python${major}.${minor}`);
    restoreHost = emulateHost('win32');
    const s = await PythonSession.start(python, { callTimeoutMs: 60_000 });
    try {
      await s.exec('kept = "yes"');
      const pid = s.pid;
      const e = await s.exec('while True:\n    pass', { timeoutMs: 300 }).then(
        () => undefined,
        (err: unknown) => err as { details: Record<string, unknown> },
      );
      expect(e?.details).toMatchObject({ kind: 'timeout', stateLost: false, type: 'KeyboardInterrupt' });
      expect(await s.eval('kept')).toBe('yes');
      expect(s.pid).toBe(pid);
      expect(s.restarts).toBe(0);
    } finally {
      await s.close();
    }
  });
});

describe('3. relocatable venvs (real uv) name no path in bin/activate', () => {
  it('a second getOrCreate re-points nothing, and the export names the real path', async () => {
    const log = recorder();
    const venvs = new VirtualEnvironmentManager({ instance: h.instance, uv: h.uv, logger: log });
    const v = await venvs.getOrCreate('reloc', { relocatable: true });
    expect(await fsp.readFile(path.join(v.path, 'bin', 'activate'), 'utf8')).toContain('$(dirname');
    expect(await recordedVenvPath(v.path)).toBeUndefined();
    await venvs.getOrCreate('reloc', { relocatable: true });
    expect(log.lines.filter((l) => l.includes('moved'))).toEqual([]);
    const archive = await venvs.export('reloc', path.join(h.scratch, 'reloc.tar.gz'));
    const manifest = await readVenvArchive(archive, path.join(h.scratch, 'reloc-read'));
    expect(manifest.sourcePath).toBe(v.path);
  });

  it('a plain venv still reports the path its scripts hold', async () => {
    const venvs = new VirtualEnvironmentManager({ instance: h.instance, uv: h.uv });
    const v = await venvs.getOrCreate('plain');
    expect(await recordedVenvPath(v.path)).toBe(v.path);
  });
});

describe('4. Windows launchers that hold the old path', () => {
  it('a clone whose .exe launchers name the source is refused, and nothing is left behind', async () => {
    restoreHost = emulateHost('win32');
    const { venvs, venvsDir } = await windowsVenv('stale', 'tools', { launcher: true });
    const err = await venvs.clone('tools', 'copy').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain(path.join('Scripts', 'black.exe'));
    expect((await fsp.readdir(venvsDir)).filter((n) => n !== '.pyembed').sort()).toEqual(['tools']);
  });
});

describe('5. venv names Windows refuses', () => {
  it.each(['CON', 'nul', 'aux.txt', 'COM1', 'lpt9.tar.gz', 'name.', 'con.'])('%s is refused', (name) => {
    expect(() => validateVenvName(name)).toThrow(ConfigurationError);
  });
  it.each(['console', 'nully', 'com10', 'default', 'py3.12', 'a.b'])('%s is fine', (name) => {
    expect(validateVenvName(name)).toBe(name);
  });
});

describe('6. Windows free-threaded layout and PATH without a venv', () => {
  it('finds python3.13t.exe when the build has no python.exe', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pyembed-ft-'));
    try {
      await fsp.mkdir(path.join(dir, 'python', 'Lib'), { recursive: true });
      await fsp.writeFile(path.join(dir, 'python', 'python3.13t.exe'), 'MZ');
      await fsp.writeFile(path.join(dir, 'python', 'pythonw3.13t.exe'), 'MZ');
      expect(findInterpreter(path.join(dir, 'python'))).toBe('python3.13t.exe');
      expect(locatePython(dir)).toEqual({ root: path.join(dir, 'python'), exe: 'python3.13t.exe' });
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it('Windows puts the prefix and its Scripts on PATH; POSIX only the bin directory', () => {
    restoreHost = emulateHost('win32');
    expect(interpreterPathEntries('/t/Python/3.13.1/x64/python.exe')).toEqual([
      '/t/Python/3.13.1/x64',
      path.join('/t/Python/3.13.1/x64', 'Scripts'),
    ]);
    restoreHost();
    restoreHost = emulateHost('darwin');
    expect(interpreterPathEntries('/t/python/bin/python3')).toEqual(['/t/python/bin']);
  });
});

describe('7. uv triples', () => {
  it('riscv64 musl is a published uv target', () => {
    expect(uvTriple(parsePlatform('linux-riscv64-musl'))).toBe('riscv64gc-unknown-linux-musl');
    expect(uvAsset(parsePlatform('linux-riscv64-gnu')).name).toBe('uv-riscv64gc-unknown-linux-gnu.tar.gz');
  });
});
