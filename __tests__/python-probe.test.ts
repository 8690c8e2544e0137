// The one interpreter probe and its isolation rule (src/core/python/probe.ts), run against the world's real
// CPython while the parent process carries Python settings that would bend a non-isolated run.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDiagnose } from '../src/core/diagnose/index.js';
import { PythonInstallationError } from '../src/core/errors.js';
import { PythonRuntime } from '../src/core/packages/runtime.js';
import {
  isPythonEnvironmentVariable,
  isolatedPythonEnv,
  probeInterpreter,
  PROBE_SCRIPT,
  runIsolated,
} from '../src/core/python/probe.js';
import { startHarness, type Harness } from './uv-harness.js';

const REFERENCE = `import importlib, json, platform, sys, sysconfig
missing = []
for m in sys.argv[1:]:
    try: importlib.import_module(m)
    except Exception: missing.append(m)
print(json.dumps({"version": platform.python_version(), "versionInfo": list(sys.version_info),
  "implementation": sys.implementation.name, "executable": sys.executable, "prefix": sys.prefix,
  "basePrefix": sys.base_prefix, "platform": sys.platform, "sysVersion": sys.version,
  "machine": platform.machine(), "freethreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "debug": hasattr(sys, "gettotalrefcount"), "missingModules": missing}))`;

const BENDING = [
  'PYTHONHOME',
  'PYTHONPATH',
  'PYTHONSTARTUP',
  'PYTHONUSERBASE',
  'PYTHONSAFEPATH',
  'VIRTUAL_ENV',
];

describe('the isolated-environment rule', () => {
  it('drops every PYTHON* variable and venv/conda activation, whatever the case; keeps the rest', () => {
    const base = {
      PATH: '/usr/bin',
      HOME: '/root',
      PYTHONHOME: '/x',
      PYTHONPATH: '/x',
      PYTHONSTARTUP: '/x/s.py',
      PYTHONUSERBASE: '/x',
      PYTHONIOENCODING: 'latin-1',
      VIRTUAL_ENV: '/venv',
      CONDA_PREFIX: '/conda',
      __PYVENV_LAUNCHER__: '/x/python',
      PythonPath: '/x',
      MY_PYTHONPATH: 'kept: not a Python setting',
    };
    expect(isolatedPythonEnv(base)).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      MY_PYTHONPATH: 'kept: not a Python setting',
    });
    expect(BENDING.every(isPythonEnvironmentVariable)).toBe(true);
    expect(isPythonEnvironmentVariable('PATH')).toBe(false);
  });
});

describe('probing the real CPython with a polluted parent environment', () => {
  let h: Harness;
  let bogus: string;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    h = await startHarness('probe');
    bogus = path.join(h.scratch, 'bogus');
    await fs.mkdir(bogus, { recursive: true });
    // a json module that would break the probe, and a startup file that would print into its output
    await fs.writeFile(path.join(bogus, 'json.py'), 'raise SystemExit("bogus json imported")\n');
    await fs.writeFile(path.join(bogus, 'startup.py'), 'print("startup ran")\n');
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    const polluted: Record<string, string> = {
      PYTHONPATH: bogus,
      PYTHONHOME: path.join(bogus, 'no-such-home'),
      PYTHONSTARTUP: path.join(bogus, 'startup.py'),
      PYTHONUSERBASE: bogus,
      VIRTUAL_ENV: bogus,
    };
    for (const [k, v] of Object.entries(polluted)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('the child sees none of the parent’s Python variables', async () => {
    const code =
      'import os, json; print(json.dumps(sorted(k for k in os.environ if k.startswith("PYTHON") or k == "VIRTUAL_ENV")))';
    const r = await runIsolated(h.instance.pythonPath, ['-c', code]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('probeInterpreter reports the interpreter as installed, and names missing modules only when asked', async () => {
    const p = await probeInterpreter(h.instance.pythonPath, { modules: ['json', 'no_such_module_xyz'] });
    const home = path.join(h.instance.dir, 'python');
    expect(p).toMatchObject({ version: h.world.fixture.version, implementation: 'cpython', prefix: home });
    expect(p.basePrefix).toBe(home);
    expect(p.versionInfo.slice(0, 3).join('.')).toBe(h.world.fixture.version);
    expect(p.missingModules).toEqual(['no_such_module_xyz']);
    expect((await probeInterpreter(h.instance.pythonPath)).missingModules).toEqual([]);
  });

  it('the packages runtime and diagnose use the same probe and see the same interpreter', async () => {
    const rt = new PythonRuntime({ pythonPath: h.instance.pythonPath, uv: h.uv });
    const info = await rt.pythonVersionInfo();
    expect(info).toMatchObject({
      version: h.world.fixture.version,
      prefix: path.join(h.instance.dir, 'python'),
    });
    expect(Object.keys(info).sort()).toEqual(
      [
        'basePrefix',
        'executable',
        'implementation',
        'platform',
        'prefix',
        'sysVersion',
        'version',
        'versionInfo',
      ].sort(),
    );
    const report = await runDiagnose({
      instances: [{ key: 'fixture', pythonPath: h.instance.pythonPath, venvs: [] }],
      offline: true,
    });
    const check = report.checks.find((c) => c.group === 'instances' && c.name === 'fixture');
    expect(check?.data).toMatchObject({ version: h.world.fixture.version });
    expect(check?.detail).toContain(`Python ${h.world.fixture.version}`);
  });

  // What the probe used to import to answer: its hand-made answer must be the same, byte for byte escaped
  it('answers what json, platform and sysconfig say, through a path with quotes, backslashes and non-ASCII', async () => {
    const dir = path.join(h.scratch, 'naïve "q" \\ 😀');
    await fs.mkdir(dir, { recursive: true });
    const link = path.join(dir, 'python3');
    await fs.symlink(h.instance.pythonPath, link);
    const reference = await runIsolated(link, ['-c', REFERENCE, 'json', 'no_such_module_xyz']);
    expect(reference.exitCode).toBe(0);
    const p = await probeInterpreter(link, { modules: ['json', 'no_such_module_xyz'] });
    expect(p.executable).toBe(link);
    expect(p).toEqual(JSON.parse(reference.stdout));
  });

  it('spells a pre-release version as platform.python_version() does', async () => {
    const cases = [
      ['alpha', 2, '3.14.0a2'],
      ['beta', 1, '3.14.0b1'],
      ['candidate', 3, '3.14.0rc3'],
      ['final', 0, '3.14.0'],
    ] as const;
    for (const [level, serial, expected] of cases) {
      // the probe run with sys.version_info and sys.version as a 3.14 pre-release would have them
      const fake = `import sys; sys.version_info = (3, 14, 0, '${level}', ${serial}); sys.version = '${expected} (main, Jan  1 2026, 00:00:00) [GCC 12.2.0]'\n`;
      const check = `\nimport platform; assert platform.python_version() == '${expected}', platform.python_version()`;
      const r = await runIsolated(h.instance.pythonPath, ['-c', fake + PROBE_SCRIPT + check]);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).version).toBe(expected);
    }
  });

  it('an interpreter that is not there is a PythonInstallationError naming it', async () => {
    const missing = path.join(h.scratch, 'no', 'python3');
    const err = await probeInterpreter(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect((err as Error).message).toContain(missing);
    expect((err as PythonInstallationError).details.reason).toMatch(/ENOENT/);
  });
});
