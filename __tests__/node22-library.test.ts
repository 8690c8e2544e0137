// The oldest Node the package supports (engines: >=22): the BUILT library (dist/index.js), imported by the
// pinned Node 22 (.tools/node22 from scripts/world-tools.sh), resolves 3.11.7 and installs it from the
// local world; the installed interpreter then runs. The rest of the suite runs on Node 24.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startWorld, toolsDir, type World } from '../test-world/index.js';

const run = promisify(execFile);
const node22 = path.join(toolsDir, 'node22', 'bin', 'node');
const library = pathToFileURL(path.join(repoRoot, 'dist', 'index.js')).href;
let world: World;
let tmp: string;

beforeAll(async () => {
  for (const [file, fix] of [
    [node22, 'bash scripts/world-tools.sh'],
    [path.join(repoRoot, 'dist', 'index.js'), 'npm run build'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${fix}\` first`);
  }
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-node22-'));
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

const script = `
const { PythonManager, createCatalog } = await import(process.env.LIBRARY);
const catalog = createCatalog({ apiUrl: process.env.GITHUB_API_URL });
const manager = new PythonManager({ root: process.env.ROOT, mirror: process.env.MIRROR, catalog });
const inst = await manager.ensurePythonVersion('3.11.7', { build: process.env.BUILD });
console.log(JSON.stringify({ node: process.version, version: inst.version, pythonPath: inst.pythonPath }));
`;

describe('the library on Node 22', () => {
  it('imports dist/index.js, installs 3.11.7 from the world, and the interpreter runs', async () => {
    const env = {
      PATH: process.env.PATH,
      HOME: tmp,
      LIBRARY: library,
      ROOT: path.join(tmp, 'root'),
      MIRROR: world.mirrorUrl,
      GITHUB_API_URL: world.apiUrl,
      BUILD: world.fixture.build, // the world's release, which the bundled catalogue does not know
    };
    const r = await run(node22, ['--input-type=module', '-e', script], { env, cwd: tmp });
    const out = JSON.parse(r.stdout.trim()) as { node: string; version: string; pythonPath: string };
    expect(out.node).toMatch(/^v22\./);
    expect(out.version).toBe('3.11.7');
    expect(out.pythonPath.startsWith(path.join(tmp, 'root'))).toBe(true);
    const py = await run(out.pythonPath, ['-c', 'import sys; print(sys.version.split()[0])']);
    expect(py.stdout.trim()).toBe('3.11.7');
  });
});
