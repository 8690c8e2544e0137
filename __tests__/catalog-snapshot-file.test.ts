// The bundled release catalogue is a data file the built code reads on first use (dist/snapshot.json, copied
// there by the build; src/core/catalog/snapshot-file.ts), not code: a built CLI resolves through it with no
// network, and a copy of the CLI without it fails with a typed error that names the file and the way out.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, repo, runCli, sandbox, type Sandbox } from './cli-helpers.js';

let sb: Sandbox;
let bare: string;
beforeAll(async () => {
  sb = await sandbox();
  bare = await mkdtemp(path.join(os.tmpdir(), 'pyembed-bare-cli-'));
  const dist = path.dirname(cliPath);
  for (const f of ['cli.js', 'cli-run.cjs']) await cp(path.join(dist, f), path.join(bare, f));
  await cp(path.join(repo, 'package.json'), path.join(bare, 'package.json'));
});
afterAll(async () => {
  await sb.cleanup();
  await rm(bare, { recursive: true, force: true });
});

describe('the bundled catalogue file', () => {
  it('ships beside the built code as the committed snapshot, and the CLI resolves through it offline', async () => {
    const shipped = await readFile(path.join(path.dirname(cliPath), 'snapshot.json'), 'utf8');
    expect(shipped).toBe(await readFile(path.join(repo, 'src/core/catalog/snapshot.json'), 'utf8'));
    const r = await runCli(['resolve', '3.11.7', '--platform', 'linux-x86_64-gnu', '--offline', '--json'], {
      env: sb.env,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const build = JSON.parse(r.stdout) as { key: string; build: string; sha256: string };
    expect([build.key, build.build]).toEqual(['cpython-3.11.7-linux-x86_64-gnu', '20240107']);
    expect(build.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('missing beside a copy of the CLI: a configuration error naming the file and what to do', async () => {
    const r = await runCli(['resolve', '3.12', '--offline'], {
      env: { ...sb.env, PYEMBED_TEST_CLI: undefined },
      cli: path.join(bare, 'cli.js'),
    });
    expect(r.code).toBe(40);
    expect(r.stderr).toContain(
      `The bundled release catalogue is missing: ${path.join(bare, 'snapshot.json')}`,
    );
    expect(r.stderr).toContain('PYEMBED_PYTHON_DOWNLOADS_JSON_URL');
  });
});
