// Progress output of the built CLI: a cli-progress bar on a pseudo-terminal (util-linux `script`),
// one plain line per task otherwise, nothing with --no-progress, no colour with NO_COLOR.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { runCli, runCliPty, sandbox, type Sandbox } from './cli-helpers.js';

let world: World;
let sb: Sandbox;
let env: NodeJS.ProcessEnv;
let n = 0;
const freshRoot = () => path.join(sb.dir, `root-${++n}`);

beforeAll(async () => {
  world = await startWorld();
  sb = await sandbox();
  env = { ...sb.env, GITHUB_API_URL: world.apiUrl, PYEMBED_MIRROR: world.mirrorUrl };
});
afterAll(async () => {
  await world?.close();
  await sb?.cleanup();
});

// eslint-disable-next-line no-control-regex
const COLOR = /\u001b\[(?:3\d|9\d|1|2)m/;
// eslint-disable-next-line no-control-regex
const ANY_ESCAPE = /\u001b\[/;

describe('progress', () => {
  it('draws a bar on a terminal (download and extract)', async () => {
    const r = await runCliPty(['install', '3.11.7', '--root', freshRoot()], { env });
    expect(r.code, r.stdout).toBe(0);
    // script(1) merges the terminal's stdout and stderr into its stdout
    const out = r.stdout;
    expect(out).toMatch(/download cpython-3\.11\.7-linux-x86_64-gnu .*█/);
    expect(out).toMatch(/100% +\d+(\.\d)? MiB\/\d+(\.\d)? MiB/);
    expect(out).toMatch(/extract .*█/);
    expect(out).toContain('\r');
    expect(out).toMatch(COLOR);
  });

  it('NO_COLOR keeps the bar but drops the colours', async () => {
    const r = await runCliPty(['install', '3.11.7', '--root', freshRoot()], {
      env: { ...env, NO_COLOR: '1' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/download .*100%/);
    expect(r.stdout).not.toMatch(COLOR);
  });

  it('prints one start and one done line per task when not a terminal', async () => {
    const r = await runCli(['install', '3.11.7', '--root', freshRoot()], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^download cpython-3\.11\.7-linux-x86_64-gnu: started \(\d+(\.\d)? MiB\)$/m);
    expect(r.stderr).toMatch(/^download cpython-3\.11\.7-linux-x86_64-gnu: done \(\d+(\.\d)? MiB\)$/m);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toMatch(ANY_ESCAPE);
  });

  it('--no-progress and --json keep stdout clean', async () => {
    const r = await runCli(['install', '3.11.7', '--root', freshRoot(), '--no-progress', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/started \(/);
    expect(r.json<{ version: string }>().version).toBe('3.11.7');
  });
});
