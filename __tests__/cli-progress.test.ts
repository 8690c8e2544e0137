// Progress output of the built CLI: bars on a pseudo-terminal (util-linux `script`), one plain line per
// task otherwise, nothing with --no-progress, no colour with NO_COLOR. Terminal output is checked on the
// screen left once the command has finished (finalScreen), never on intermediate frames.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { runCli, runCliPty, sandbox, type Sandbox } from './cli-helpers.js';
import { finalScreen } from './helpers/terminal-screen.js';

let world: World;
let sb: Sandbox;
let env: NodeJS.ProcessEnv;
let n = 0;
const freshRoot = () => path.join(sb.dir, `root-${++n}`);

beforeAll(async () => {
  world = await startWorld();
  sb = await sandbox();
  // the world's release of its CPython, which the bundled catalogue does not know
  const build = world.fixture.build;
  env = { ...sb.env, GITHUB_API_URL: world.apiUrl, PYEMBED_MIRROR: world.mirrorUrl, PYEMBED_BUILD: build };
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
  it('leaves a full bar with 100% and the size for download and extract on a terminal', async () => {
    const r = await runCliPty(['install', '3.11.7', '--root', freshRoot()], { env });
    expect(r.code, r.stdout).toBe(0);
    // script(1) merges the terminal's stdout and stderr into its stdout
    const screen = finalScreen(r.stdout);
    const bar = (phase: string) =>
      new RegExp(`^${phase} cpython-3\\.11\\.7-linux-x86_64-gnu █{10,30} 100% (\\d+(\\.\\d)? MiB)/\\1$`);
    expect(
      screen.filter((l) => bar('download').test(l)),
      screen.join('\n'),
    ).toHaveLength(1);
    expect(
      screen.filter((l) => bar('extract').test(l)),
      screen.join('\n'),
    ).toHaveLength(1);
    expect(screen).toContain('verify cpython-3.11.7-linux-x86_64-gnu...');
    expect(screen.at(-2)).toBe('Installed: Python 3.11.7 (cpython-3.11.7-linux-x86_64-gnu-20240108)');
    // every line fits the pseudo-terminal's 80 columns: nothing wraps or gets cut by the terminal
    expect(Math.max(...screen.filter((l) => l.includes('█')).map((l) => l.length))).toBeLessThan(80);
    expect(r.stdout).toMatch(COLOR);
  });

  it('NO_COLOR keeps the bar but drops the colours', async () => {
    const r = await runCliPty(['install', '3.11.7', '--root', freshRoot()], {
      env: { ...env, NO_COLOR: '1' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(finalScreen(r.stdout)).toContainEqual(expect.stringMatching(/^download .* 100% [\d.]+ MiB\//));
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
