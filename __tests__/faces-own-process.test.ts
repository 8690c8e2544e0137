// The built faces own their process, so their installs collect the Buffers they stream as they go
// (src/core/install/memory.ts: a young-generation collection every few MB, which keeps peak RSS near the
// working set). Each face is a tiny entry plus one file, and each carries its own copy of memory.ts: the
// entry's permission must reach the installer's copy (the action's once did not, and streamed its installs
// without collecting). Seen from inside the process by a `gc` performance observer: V8 marks the
// collections asked for by code as forced.
//
// They also leave their installs' hot code to Maglev (src/core/v8-tiers.ts: TurboFan off where Maglev is on). Seen
// through V8's --trace-opt, which the observer turns on: a line per function marked for optimisation, with
// the tier it is marked for.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { hasMaglev } from '../src/core/v8-tiers.js';
import { runCli, sandbox, type Sandbox } from './cli-helpers.js';
import { runMainStep } from './workflows/runner-files.js';

const OBSERVER = `
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
v8.setFlagsFromString('--trace-opt');
import { PerformanceObserver, constants } from 'node:perf_hooks';
let forced = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced++;
}).observe({ entryTypes: ['gc'] });
process.on('exit', () => writeFileSync(process.env.FORCED_GC_FILE, String(forced)));
`;

let world: World;
let sb: Sandbox;
let tmp: string;
let observer: string;

beforeAll(async () => {
  world = await startWorld();
  sb = await sandbox();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-gc-'));
  observer = path.join(tmp, 'gc-observer.mjs');
  await writeFile(observer, OBSERVER);
});
afterAll(async () => {
  await world?.close();
  await sb?.cleanup();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/**
 * The tiers the hot functions of a run were marked for. TurboFan never, where Maglev is on; on Node 20
 * (no Maglev) TurboFan is the optimising tier and stays.
 */
function expectTiers(stdout: string) {
  const marked = (tier: string) => stdout.split('\n').filter((l) => l.includes(`optimization to ${tier}`));
  if (hasMaglev()) {
    expect(marked('MAGLEV').length).toBeGreaterThan(0);
    expect(marked('TURBOFAN')).toEqual([]);
  } else {
    expect(marked('TURBOFAN').length).toBeGreaterThan(0);
  }
}

/** NODE_OPTIONS for a child that counts its forced collections into `file` and traces its tier-ups. */
function observed(file: string) {
  return { NODE_OPTIONS: `--import=${observer}`, FORCED_GC_FILE: file };
}

describe('the built faces collect while they install, and optimise with Maglev only', () => {
  it('pyembed install (dist/cli.js)', async () => {
    const file = path.join(tmp, 'cli.count');
    const env = {
      ...sb.env,
      ...observed(file),
      GITHUB_API_URL: world.apiUrl,
      PYEMBED_MIRROR: world.mirrorUrl,
      PYEMBED_BUILD: world.fixture.build,
    };
    const r = await runCli(['install', '3.11.7', '--root', path.join(sb.dir, 'root'), '--no-progress'], {
      env,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(Number(await readFile(file, 'utf8'))).toBeGreaterThan(0);
    expectTiers(r.stdout);
  });

  it("the action's main step (dist/main.js)", async () => {
    const file = path.join(tmp, 'main.count');
    const workspace = await mkdtemp(path.join(tmp, 'ws-'));
    const dirs = { tmp, workspace, toolCache: path.join(tmp, 'tool-cache') };
    const r = await runMainStep(world, dirs, { cache: 'false', diagnose: 'false' }, observed(file), {
      built: true,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(Number(await readFile(file, 'utf8'))).toBeGreaterThan(0);
    expectTiers(r.stdout);
  });
});

describe('hasMaglev', () => {
  it('is true from V8 12 (Node 22), false before (Node 20)', () => {
    expect(hasMaglev('12.4.254.21-node.33')).toBe(true);
    expect(hasMaglev('13.6.233.10-node.28')).toBe(true);
    expect(hasMaglev('11.3.244.8-node.30')).toBe(false);
  });
});
