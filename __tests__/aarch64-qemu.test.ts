// Real aarch64 execution on this x86_64 machine: Debian's arm64 CPython packed like PBS's install_only archive
// and uv's aarch64 release, served by the world, installed and run through the library under qemu-user
// (binfmt_misc, registered by scripts/world-tools.sh). Nothing here is x86_64: the interpreter, the venv's
// python and uv are aarch64 ELF files, and Python itself reports the machine it runs on.
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPython } from '../src/core/exec/run.js';
import { PythonSession } from '../src/core/session/session.js';
import { runSetup, type SetupResult } from '../src/core/setup/index.js';
import { ensureUv, type EnsuredUv } from '../src/core/uv/install.js';
import {
  AARCH64_BUILD,
  AARCH64_PLATFORM,
  assertAarch64Runnable,
  buildAarch64Fixture,
  serveAarch64,
  type Aarch64Fixture,
} from '../test-world/aarch64-fixture.js';
import { startWorld, type World } from '../test-world/index.js';

const EM_AARCH64 = 0xb7;
// Everything runs emulated on a shared 2-core machine: starting CPython alone takes seconds.
const EMULATED_MS = 600_000;

let world: World;
let fx: Aarch64Fixture;
let tmp: string;
let uv: EnsuredUv;
let setup: SetupResult;

/** e_machine of an ELF file: what CPU its code is for. */
async function elfMachine(file: string): Promise<number> {
  const head = await readFile(file);
  expect(head.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  return head.readUInt16LE(18);
}

beforeAll(async () => {
  assertAarch64Runnable();
  fx = await buildAarch64Fixture();
  // The emulated machine's libraries (glibc, libssl...): qemu-user looks for them here. Inherited by uv and
  // every interpreter it starts, as a real aarch64 machine would have them in /lib.
  process.env.QEMU_LD_PREFIX = fx.sysroot;
  world = await startWorld();
  serveAarch64(world.server, fx);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-aarch64-'));
}, EMULATED_MS);

afterAll(async () => {
  await world?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('aarch64 under qemu-user', () => {
  it('installs uv from its aarch64 release and runs it', { timeout: EMULATED_MS }, async () => {
    uv = await ensureUv({
      platform: AARCH64_PLATFORM,
      downloadBaseUrl: world.uvDownloadUrl,
      toolsDir: path.join(tmp, 'tools'),
    });
    expect(uv.version).toBe(fx.uv.version);
    expect(await elfMachine(uv.path)).toBe(EM_AARCH64);
    expect(world.server.downloadRequests(fx.uv.assetName)).toHaveLength(1);
  });

  it(
    'sets up 3.11.2 for linux-aarch64-gnu: install, venv, packages, run',
    { timeout: EMULATED_MS },
    async () => {
      const requirements = path.join(tmp, 'requirements.txt');
      await writeFile(requirements, 'six==1.17.0\n');
      setup = await runSetup({
        python: '3.11.2',
        build: AARCH64_BUILD,
        platform: AARCH64_PLATFORM,
        cwd: tmp,
        root: path.join(tmp, 'root'),
        toolsDir: path.join(tmp, 'tools'),
        uvCacheDir: path.join(tmp, 'uv-cache'),
        uvPath: uv.path,
        mirror: world.mirrorUrl,
        githubApiUrl: world.apiUrl,
        indexUrl: world.indexUrl,
        venv: 'emulated',
        requirements: [requirements],
      });
      expect(setup.python).toMatchObject({ version: '3.11.2', platform: 'linux-aarch64-gnu' });
      expect(setup.python.assetName).toBe(fx.python.assetName);
      expect(await elfMachine(setup.python.pythonPath)).toBe(EM_AARCH64);
      // The catalogue has no 3.11.2 for aarch64: the pinned release came from the API, once.
      expect(world.server.apiRequests().map((r) => r.path)).toEqual([
        `/repos/astral-sh/python-build-standalone/releases/tags/${AARCH64_BUILD}`,
      ]);
      expect(setup.packages?.names).toContain('six');

      const r = await runPython(setup.venv!.pythonPath, [
        '-c',
        'import json, platform, six, ssl, sqlite3, sys, zlib; print(json.dumps({"machine": platform.machine(),' +
          ' "version": platform.python_version(), "six": six.__version__, "prefix": sys.prefix,' +
          ' "base": sys.base_prefix, "ssl": ssl.OPENSSL_VERSION}))',
      ]);
      expect(r.exitCode, r.stderr).toBe(0);
      const seen = JSON.parse(r.stdout) as Record<string, string>;
      expect(seen).toMatchObject({ machine: 'aarch64', version: '3.11.2', six: '1.17.0' });
      expect(seen.prefix).toBe(setup.venv!.path);
      expect(seen.base).toBe(setup.python.pythonDir);
      expect(seen.ssl).toMatch(/^OpenSSL 3\./);
    },
  );

  it('keeps an emulated interpreter warm in a PythonSession', { timeout: EMULATED_MS }, async () => {
    const session = await PythonSession.start(setup.venv!.pythonPath);
    try {
      await session.exec('import platform, six');
      expect(await session.eval<string>('platform.machine()')).toBe('aarch64');
      expect(await session.call<string>('six.ensure_str', ['emulated'])).toBe('emulated');
    } finally {
      await session.close();
    }
  });
});
