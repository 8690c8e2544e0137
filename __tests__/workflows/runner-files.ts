// The runner's file protocol, for running the action in-process or as a subprocess the way a runner does:
// INPUT_* variables in, GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STATE / GITHUB_STEP_SUMMARY files out.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../test-world/paths.js';

export interface RunnerFiles {
  dir: string;
  env: Record<string, string>;
}

export async function runnerFiles(dir: string): Promise<RunnerFiles> {
  await fs.mkdir(dir, { recursive: true });
  const env: Record<string, string> = {};
  for (const [name, file] of [
    ['GITHUB_OUTPUT', 'output'],
    ['GITHUB_ENV', 'env'],
    ['GITHUB_PATH', 'path'],
    ['GITHUB_STATE', 'state'],
    ['GITHUB_STEP_SUMMARY', 'summary.md'],
  ]) {
    env[name] = path.join(dir, file);
    await fs.writeFile(env[name], '');
  }
  return { dir, env };
}

/** `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core writes) into a map. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const k = lines[i].slice(0, lines[i].indexOf('='));
      out[k] = lines[i].slice(k.length + 1);
    }
  }
  return out;
}

export async function readRunnerFiles(f: RunnerFiles) {
  const read = (n: string) => fs.readFile(f.env[n], 'utf8');
  return {
    outputs: parseKeyValueFile(await read('GITHUB_OUTPUT')),
    env: parseKeyValueFile(await read('GITHUB_ENV')),
    path: (await read('GITHUB_PATH')).split('\n').filter(Boolean),
    state: parseKeyValueFile(await read('GITHUB_STATE')),
    summary: await read('GITHUB_STEP_SUMMARY'),
  };
}

/** `{ 'python-version': '3.11' }` -> `{ INPUT_PYTHON-VERSION: '3.11' }` (the runner keeps dashes). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );
}

/** `{ 'uv-cache-key': 'k' }` -> STATE_* variables, how the runner hands main's saveState to the post step. */
export function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
}

/**
 * Runs an action entry (`src/action/main-entry.ts` / `post-entry.ts`) as its own node process, via tsx; with
 * `built`, the bundle a runner runs (`dist/main.js` / `post.js`, from `npm run build`), or the same files
 * in the directory `built` names.
 */
export function runEntry(
  entry: 'main' | 'post',
  env: Record<string, string | undefined>,
  cwd = repoRoot,
  built: boolean | string = false,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      built
        ? [path.join(typeof built === 'string' ? built : path.join(repoRoot, 'dist'), `${entry}.js`)]
        : // tsx by file URL: `--import tsx` would be resolved from cwd, which is a scratch workspace here
          [
            '--import',
            pathToFileURL(path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
            path.join(repoRoot, 'src', 'action', `${entry}-entry.ts`),
          ],
      { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Where one simulated runner keeps its files: scratch dir, workspace, tool cache. */
export interface RunnerDirs {
  tmp: string;
  workspace: string;
  toolCache: string;
}

/**
 * The action's main step as a runner runs it against the local world: fresh runner files and temp dir,
 * the world's API, uv download base, index and mirror; `inputs` over a default `python-version` and
 * `python-build` (the world's release of its CPython, which the bundled catalogue does not know).
 */
export async function runMainStep(
  world: {
    apiUrl: string;
    uvDownloadUrl: string;
    indexUrl: string;
    mirrorUrl: string;
    fixture: { version: string; build: string };
  },
  dirs: RunnerDirs,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  o: { built?: boolean | string } = {},
) {
  const { tmp, workspace, toolCache } = dirs;
  const files = await runnerFiles(await fs.mkdtemp(path.join(tmp, 'runner-')));
  const r = await runEntry(
    'main',
    {
      PATH: process.env.PATH,
      HOME: tmp,
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: await fs.mkdtemp(path.join(tmp, 'temp-')),
      RUNNER_TOOL_CACHE: toolCache,
      GITHUB_API_URL: world.apiUrl,
      PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
      PYEMBED_INDEX_URL: world.indexUrl,
      ...files.env,
      ...inputEnv({
        'python-version': world.fixture.version,
        build: world.fixture.build,
        mirror: world.mirrorUrl,
        ...inputs,
      }),
      ...extraEnv,
    },
    workspace,
    o.built,
  );
  return {
    ...r,
    files: await readRunnerFiles(files),
    errors: r.stdout.split('\n').filter((l) => l.startsWith('::error')),
  };
}
