// Everything the cases share, prepared once: the local world, scratch space, bundles, the archives
// (the two fixture flavours plus a synthetic bigger one), uv's downloads JSON, requirement files.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startWorld, uvBin, wheelNames, WHEEL_GROUPS, type World } from '../test-world/index.js';
import { cacheDir, repoRoot } from '../test-world/paths.js';
import { writeUvDownloadsJson } from '../test-world/uv-downloads-json.js';
import { benchArchives, type BenchArchive } from './archives.js';
import { bundleEntries, type Bundles } from './lib/bundle.js';
import { childEnv } from './lib/proc.js';
import { Scratch } from './lib/scratch.js';
import { SHORT_ITERATIONS_FACTOR, type BenchOptions } from './types.js';

export const SPEC = '3.11.7';

export interface BenchContext {
  o: BenchOptions;
  iterations: number;
  /** Scaling rows show a trend over sizes: fewer iterations keep the full run under ~5 minutes. */
  scaleIterations: number;
  /**
   * The warm-setup and no-op rows (a few hundred ms a run, judged against a 50 ms budget): three times the
   * iterations, since one busy moment on a 2-core machine moves a median of 9 by 10 ms.
   */
  shortIterations: number;
  /** One untimed run of every variant first (page cache, lazy init); off in --quick. */
  warmup: boolean;
  world: World;
  scratch: Scratch;
  bundles: Bundles;
  /** The Node binary the measured children run on (`--node`, default the harness's own). */
  node: string;
  uv: string;
  /** What `3.11.7` resolves to with the world's release pinned (its install_only .tar.gz). */
  defaultArchive: BenchArchive;
  /** Increasing size: stripped fixture, unstripped fixture, synthetic (unstripped with a second stdlib). */
  sizes: BenchArchive[];
  uvDownloadsJson: string;
  requirements: Map<number, string>;
  log(line: string): void;
  /** GitHub REST calls seen by the world during each measured run of ours (default path: goal 0). */
  api: { samples: number[]; paths: Set<string> };
  /** Notes for the report's "Setup" section. */
  notes: string[];
  /** Environment for `pyembed`/action children: world URLs, nothing from the developer's config. */
  pyembedEnv(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv;
  /** Removes the signal handlers that clean the scratch space up on Ctrl-C. */
  releaseSignals(): void;
}

function fsType(dir: string): string {
  try {
    return execFileSync('findmnt', ['-n', '-o', 'FSTYPE,SOURCE', '-T', dir], { encoding: 'utf8' })
      .trim()
      .replace(/\s+/, ' on ');
  } catch {
    return 'filesystem type unknown';
  }
}

/** A fresh clone has neither the pinned uv nor the wheels: fetch them once (idempotent script). */
function ensureWorldTools(log: (l: string) => void) {
  if (
    existsSync(path.join(repoRoot, '.tools', 'bin', 'uv')) &&
    existsSync(path.join(cacheDir, 'wheels', '.done'))
  )
    return;
  log('bench: installing the world tools (bash scripts/world-tools.sh)');
  execFileSync('bash', [path.join(repoRoot, 'scripts', 'world-tools.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function createContext(o: BenchOptions): Promise<BenchContext> {
  const log = o.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  ensureWorldTools(log);
  const notes: string[] = [];
  const scratch = await Scratch.create();
  // Ctrl-C must not leave a tmpfs mounted or gigabytes of trees behind.
  const onSignal = (sig: NodeJS.Signals) => {
    scratch.cleanupSync();
    process.kill(process.pid, sig);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  notes.push(`fast filesystem: ${scratch.tmpfsKind}; disk: ${os.tmpdir()} (${fsType(scratch.disk)})`);
  log(`bench: scratch ${scratch.root} (${scratch.tmpfsKind})`);
  let world: World | undefined;
  try {
    const w = await startWorld();
    world = w;
    log(`bench: world at ${w.baseUrl}`);
    const bundles = await bundleEntries(path.join(scratch.root, 'dist'), o.dist);
    notes.push(`CLI and action bundles: ${bundles.origin}`);

    const sizes = await benchArchives(w);
    const defaultArchive = sizes[1];

    const uvDownloadsJson = await writeUvDownloadsJson(path.join(scratch.root, 'uv-python-downloads.json'), {
      version: SPEC,
      build: w.fixture.build,
      url: defaultArchive.url,
      sha256: defaultArchive.sha256,
    });

    const requirements = new Map<number, string>();
    for (const n of WHEEL_GROUPS) {
      const f = path.join(scratch.root, `requirements-${n}.txt`);
      await fs.writeFile(f, wheelNames(n).join('\n') + '\n');
      requirements.set(n, f);
    }

    const pyembedEnv = (extra: Record<string, string | undefined> = {}) =>
      childEnv({
        // Anything GitHub-shaped goes to the world (and is counted there), never to the internet.
        GITHUB_API_URL: w.apiUrl,
        GITHUB_SERVER_URL: w.baseUrl,
        GITHUB_TOKEN: undefined,
        PYEMBED_GITHUB_TOKEN: undefined,
        PYEMBED_ROOT: undefined,
        PYEMBED_MIRROR: undefined,
        PYEMBED_PYTHON: undefined,
        // the world's CPython is a release the bundled catalogue does not know (its bytes are not PBS's, and
        // the trust policy refuses them under the catalogue's names): it comes from the same one-row
        // download-metadata.json `uv python install` gets (URL + sha256), so neither side asks an API
        PYEMBED_PYTHON_DOWNLOADS_JSON_URL: uvDownloadsJson,
        XDG_CONFIG_HOME: path.join(scratch.root, 'xdg-config'), // no user config file
        UV_NO_CONFIG: '1',
        ...extra,
      });

    return {
      o,
      iterations: o.iterations,
      scaleIterations: Math.min(3, o.iterations),
      shortIterations: SHORT_ITERATIONS_FACTOR * o.iterations,
      warmup: !o.quick,
      world: w,
      scratch,
      bundles,
      node: o.node ?? process.execPath,
      uv: uvBin(),
      defaultArchive,
      sizes,
      uvDownloadsJson,
      requirements,
      log,
      api: { samples: [], paths: new Set() },
      notes,
      pyembedEnv,
      releaseSignals: () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      },
    };
  } catch (e) {
    // A failed preparation must not leave the world listening or a tmpfs mounted.
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await world?.close();
    scratch.cleanupSync();
    throw e;
  }
}

export async function countingApi<T>(ctx: BenchContext, fn: () => Promise<T>): Promise<T> {
  const before = ctx.world.server.apiRequests().length;
  const out = await fn();
  const calls = ctx.world.server.apiRequests().slice(before);
  ctx.api.samples.push(calls.length);
  for (const c of calls) ctx.api.paths.add(`${c.method} ${c.path}`);
  return out;
}

export async function closeContext(ctx: BenchContext): Promise<void> {
  ctx.releaseSignals();
  await ctx.world.close();
  await ctx.scratch.cleanup();
}
