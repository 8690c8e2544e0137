// The built action's main step is two files (scripts/cold-split.mjs): dist/main-run.cjs with what a setup
// runs, dist/main-cold.cjs with the code only some runs load (the installer, the instance manager, diagnose,
// import, sessions), required the first time one of them is imported. A warm setup runs without the cold
// file at all; a run that installs, diagnoses or imports loads it, and its code uses the run file's modules,
// not copies: a typed error it throws is still the step's typed error, with its class and guidance.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { sandbox, type Sandbox } from './cli-helpers.js';
import { runMainStep } from './workflows/runner-files.js';

let sb: Sandbox;
let world: World;
let dist: string;
beforeAll(async () => {
  sb = await sandbox();
  world = await startWorld();
  dist = path.join(sb.dir, 'dist');
  await cp(path.join(import.meta.dirname, '..', 'dist'), dist, { recursive: true });
});
afterAll(async () => {
  await world?.close();
  await sb.cleanup();
});

const dirs = () => ({
  tmp: sb.dir,
  workspace: path.join(sb.dir, 'ws'),
  toolCache: path.join(sb.dir, 'tool-cache'),
});
const step = (inputs: Record<string, string>) =>
  runMainStep(world, dirs(), { cache: 'false', ...inputs }, {}, { built: dist });

describe("the action's cold file (dist/main-cold.cjs)", () => {
  it('is loaded to install and to diagnose; a warm setup runs without it', async () => {
    await mkdir(dirs().workspace, { recursive: true });
    await writeFile(path.join(dirs().workspace, 'requirements.txt'), 'six\n');
    const cold = await step({ requirements: 'requirements.txt', diagnose: 'true' });
    expect(cold.code, cold.stdout + cold.stderr).toBe(0);
    const report = JSON.parse(await readFile(cold.files.outputs['diagnose-report'], 'utf8'));
    expect(report.checks.length).toBeGreaterThan(3);

    await rm(path.join(dist, 'main-cold.cjs'));
    const warm = await step({ requirements: 'requirements.txt', venv: '.venv-2', diagnose: 'false' });
    expect(warm.code, warm.stdout + warm.stderr).toBe(0);
    expect(warm.files.outputs['python-version']).toBe(cold.files.outputs['python-version']);
    const py = warm.files.outputs['python-path'];
    expect(py).toBe(path.join(dirs().workspace, '.venv-2', 'bin', 'python'));
    expect(execFileSync(py, ['-c', 'import six; print(six.__name__)'], { encoding: 'utf8' }).trim()).toBe(
      'six',
    );
    await cp(path.join(import.meta.dirname, '..', 'dist', 'main-cold.cjs'), path.join(dist, 'main-cold.cjs'));
  });

  it("fails with the typed error its code throws: the run file's error class, title and guidance", async () => {
    await mkdir(dirs().workspace, { recursive: true });
    await mkdir(path.join(sb.dir, 'not-exported', 'stuff'), { recursive: true });
    await writeFile(path.join(sb.dir, 'not-exported', 'stuff', 'a.txt'), 'a\n');
    const archive = path.join(sb.dir, 'not-exported.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', path.join(sb.dir, 'not-exported'), 'stuff']);
    const r = await step({ import: archive, diagnose: 'false' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('::error title=PythonInstallationError::');
    expect(r.errors[0]).toContain('is not an exported instance');
    expect(r.errors[0]).toContain('pyembed export');
  });
});
