// A token (or credentials in a URL) never appears in logs (every level, debug included), error messages,
// error details / JSON, results, files written to disk — and is sent only where it belongs.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createCatalog } from '../../src/core/catalog/index.js';
import { downloadFile } from '../../src/core/install/download.js';
import { ensureUv } from '../../src/core/uv/install.js';
import type { Logger } from '../../src/core/log.js';
import { startWorld, uvBin, type World } from '../../test-world/index.js';
import { inputEnv, readRunnerFiles, runEntry, runnerFiles } from '../workflows/runner-files.js';
import { spawn } from 'node:child_process';
import yauzl from 'yauzl';
import {
  describeError,
  leftovers,
  listTree,
  rcase,
  rejection,
  repoRoot,
  scratch,
  tsxLoader,
} from './harness.js';

const AREA = 'secrets';
const TOKEN = 'ghp_SECRETtoken0123456789abcdefSECRET';
const PASSWORD = 'pa55-SECRET-word';
const REPO = 'astral-sh/python-build-standalone';

let world: World;
let dir: string;

function collect(): Logger & { text: () => string } {
  const lines: string[] = [];
  return {
    text: () => lines.join('\n'),
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
}

/** Everything an error exposes: message, stack, details, JSON, cause chain. */
function errorText(e: unknown): string {
  const parts: string[] = [];
  for (
    let cur = e as (Error & { details?: unknown; cause?: unknown }) | undefined;
    cur;
    cur = cur.cause as typeof cur
  ) {
    parts.push(
      String(cur.message),
      String(cur.stack),
      JSON.stringify(cur.details ?? {}),
      JSON.stringify(cur),
    );
  }
  return parts.join('\n');
}

/** All file contents under a dir (small files only), to grep for the secret. */
async function filesText(d: string): Promise<string> {
  let out = '';
  for (const p of await listTree(d)) {
    if (p.endsWith('/')) continue;
    const st = await fs.stat(path.join(d, p)).catch(() => undefined);
    if (st?.isFile() && st.size < 5_000_000) out += await fs.readFile(path.join(d, p), 'latin1');
  }
  return out;
}

function authHeaders(): string[] {
  return world.server.requests.map((r) => String(r.headers.authorization ?? '')).filter(Boolean);
}

beforeAll(async () => {
  world = await startWorld();
  dir = await scratch('secrets');
});
afterAll(async () => {
  await world?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('token', () => {
  rcase(
    AREA,
    'token with a download from a non-GitHub host (a mirror)',
    'not sent; not in logs, result or files',
    async (c) => {
      world.server.addAsset(REPO, 'rel-sec', 'a.bin', Buffer.from('hello'));
      const log = collect();
      const sha = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';
      const dest = path.join(dir, 'a', 'a.bin');
      const before = authHeaders().length;
      const r = await downloadFile(`${world.mirrorUrl}/rel-sec/a.bin`, dest, {
        sha256: sha,
        token: TOKEN,
        logger: log,
      });
      expect(authHeaders().length).toBe(before);
      c.result('no Authorization header sent to 127.0.0.1; token absent everywhere');
      await c.intact(async () => {
        expect(log.text() + JSON.stringify(r)).not.toContain(TOKEN);
        expect(await filesText(path.join(dir, 'a'))).not.toContain(TOKEN);
      });
    },
  );

  rcase(
    AREA,
    'token sent to a configured GitHub host (GHES), download fails 500 x N',
    'sent as Authorization only; never in the error or logs',
    async (c) => {
      world.server.addAsset(REPO, 'rel-sec', 'b.bin', Buffer.from('hello'));
      world.server.setFault('b.bin', { kind: 'status', status: 500, times: 100 });
      const log = collect();
      const dest = path.join(dir, 'b', 'b.bin');
      const e = await rejection(() =>
        downloadFile(`${world.mirrorUrl}/rel-sec/b.bin`, dest, {
          sha256: 'a'.repeat(64),
          token: TOKEN,
          githubHosts: ['127.0.0.1'],
          retries: 2,
          backoffMs: 1,
          logger: log,
        }),
      );
      world.server.clearFaults();
      expect(authHeaders()).toContain(`Bearer ${TOKEN}`);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(errorText(e)).not.toContain(TOKEN);
        expect(log.text()).not.toContain(TOKEN);
        expect(await leftovers(dir)).toEqual([]);
      });
    },
  );

  rcase(
    AREA,
    'credentials and a signed query in the URL, download fails',
    'user:password and ?token= redacted in errors and logs',
    async (c) => {
      const log = collect();
      const url = new URL(`${world.mirrorUrl}/rel-sec/missing.bin`);
      url.username = 'user';
      url.password = PASSWORD;
      url.search = `?token=${TOKEN}&X-Amz-Signature=${TOKEN}`;
      const e = await rejection(() =>
        downloadFile(url.toString(), path.join(dir, 'c', 'x.bin'), {
          sha256: 'a'.repeat(64),
          retries: 1,
          backoffMs: 1,
          logger: log,
        }),
      );
      c.result(describeError(e));
      await c.intact(async () => {
        for (const s of [TOKEN, PASSWORD]) {
          expect(errorText(e)).not.toContain(s);
          expect(log.text()).not.toContain(s);
        }
      });
    },
  );

  rcase(
    AREA,
    'token with the GitHub API hitting a rate limit',
    'RateLimitError without the token; token stored nowhere (ETag cache)',
    async (c) => {
      const cacheDir = path.join(dir, 'etag');
      const log = collect();
      const ok = createCatalog({
        source: 'github',
        apiUrl: world.apiUrl,
        token: TOKEN,
        cacheDir,
        logger: log,
      });
      await ok.resolve('3.11.7');
      world.server.setRateLimit({ status: 403 });
      let e: Error;
      try {
        e = await rejection(() =>
          createCatalog({ source: 'github', apiUrl: world.apiUrl, token: TOKEN, logger: log }).resolve(
            '3.12',
          ),
        );
      } finally {
        world.server.setRateLimit(undefined);
      }
      expect(e.name).toBe('RateLimitError');
      c.result(describeError(e));
      await c.intact(async () => {
        expect(errorText(e)).not.toContain(TOKEN);
        expect(log.text()).not.toContain(TOKEN);
        expect(await filesText(cacheDir)).not.toContain(TOKEN);
      });
    },
  );

  rcase(
    AREA,
    'token through ensureUv (uv download from the world)',
    'uv installed; token not in logs, marker or any file',
    async (c) => {
      const log = collect();
      const toolsDir = path.join(dir, 'tools');
      const r = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl, token: TOKEN, logger: log });
      expect(r.source).toBe('download');
      c.result(`uv ${r.version} installed (${r.source})`);
      await c.intact(async () => {
        expect(log.text() + JSON.stringify(r)).not.toContain(TOKEN);
        // small files only: the uv binary itself is skipped by size
        expect(await filesText(toolsDir)).not.toContain(TOKEN);
        expect(await leftovers(toolsDir)).toEqual([]);
      });
    },
    60_000,
  );
});

/** The CLI from source (`node --import tsx src/cli/main.ts`): always the current code, no build step. */
function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const clean: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env))
      if (!/^(PYEMBED_|UV_|GITHUB_|GH_|PIP_)/.test(k)) clean[k] = v;
    const p = spawn(
      process.execPath,
      ['--import', tsxLoader, path.join(repoRoot, 'src', 'cli', 'main.ts'), ...args],
      {
        cwd: dir,
        env: { ...clean, HOME: dir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('CLI', () => {
  rcase(
    AREA,
    'pyembed setup --json --verbose with GITHUB_TOKEN and --github-token, venv export, config show, a failing install',
    'token in no stdout/stderr line, JSON document, exported archive or file under the root',
    async (c) => {
      const root = path.join(dir, 'cli-root');
      const out = path.join(dir, 'cli-venv-export.zip');
      const common = [
        '--retries',
        '1',
        '--backoff-ms',
        '5',
        '--root',
        root,
        '--mirror',
        world.mirrorUrl,
        '--github-api-url',
        world.apiUrl,
        '--build', // the world's release, which the bundled catalogue does not know
        world.fixture.build,
        '--uv-path',
        uvBin(),
        '--index-url',
        world.indexUrl,
      ];
      const env = {
        GITHUB_TOKEN: TOKEN,
        PYEMBED_GITHUB_TOKEN: TOKEN,
        UV_CACHE_DIR: path.join(dir, 'cli-uv-cache'),
      };
      const setup = await cli(
        [
          'setup',
          world.fixture.version,
          '--json',
          '--verbose',
          '--no-progress',
          '--github-token',
          TOKEN,
          '--package',
          'six==1.17.0',
          ...common,
        ],
        env,
      );
      expect(setup.code, setup.stderr.slice(-2000)).toBe(0);
      // the venv export (a zip of the venv): the instance export is the same files plus the interpreter
      const exp = await cli(
        [
          'venv',
          'export',
          'default',
          out,
          '--python',
          world.fixture.version,
          '--json',
          '--github-token',
          TOKEN,
          ...common,
        ],
        env,
      );
      expect(exp.code, exp.stderr.slice(-1000)).toBe(0);
      const show = await cli(['config', 'show', '--json', '--github-token', TOKEN, ...common], env);
      expect(show.code, show.stderr.slice(-1000)).toBe(0);
      const failed = await cli(
        ['install', '3.11.6', '--json', '--verbose', '--github-token', TOKEN, ...common],
        env,
      );
      expect(failed.code).not.toBe(0);
      c.result(
        `setup exit 0, config show exit 0, failing install exit ${failed.code}; export ${(await fs.stat(out)).size} bytes`,
      );
      await c.intact(async () => {
        for (const r of [setup, exp, show, failed]) {
          expect(r.stdout).not.toContain(TOKEN);
          expect(r.stderr).not.toContain(TOKEN);
        }
        // stored entries are searched as they are, deflated ones after inflating them
        expect(await zipText(out)).not.toContain(TOKEN);
        expect(await filesText(root)).not.toContain(TOKEN);
        expect(await leftovers(root)).toEqual([]);
      });
    },
    180_000,
  );
});

/** Every entry of a zip, inflated, concatenated. */
function zipText(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (e: yauzl.Entry) =>
        zip.openReadStream(e, (err2, s) => {
          if (err2) return reject(err2);
          s.on('data', (d: Buffer) => (text += d.toString('latin1')));
          s.on('end', () => zip.readEntry());
        }),
      );
      zip.on('end', () => resolve(text));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('action', () => {
  /** The action's main step as a runner runs it: INPUT_* in, runner files out (own node process). */
  async function runAction(name: string, inputs: Record<string, string>) {
    const base = path.join(dir, `action-${name}`);
    const workspace = path.join(base, 'workspace');
    await fs.mkdir(workspace, { recursive: true });
    await fs.writeFile(path.join(workspace, 'requirements.txt'), 'six==1.17.0\n');
    const files = await runnerFiles(path.join(base, 'runner'));
    const r = await runEntry(
      'main',
      {
        PATH: process.env.PATH,
        HOME: base,
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: path.join(base, 'temp'),
        RUNNER_TOOL_CACHE: path.join(base, 'tool-cache'),
        GITHUB_API_URL: world.apiUrl,
        GITHUB_TOKEN: TOKEN,
        PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
        PYEMBED_INDEX_URL: world.indexUrl,
        ...files.env,
        ...inputEnv({
          'python-version': world.fixture.version,
          build: world.fixture.build, // the world's release, which the bundled catalogue does not know
          'github-token': TOKEN,
          requirements: 'requirements.txt',
          ...inputs,
        }),
      },
      workspace,
    );
    const runner = await readRunnerFiles(files);
    return { ...r, base, runner, all: JSON.stringify(runner) };
  }

  /** Lines the runner swallows (`::add-mask::<secret>` registers the secret for masking). */
  const visible = (out: string) =>
    out
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');

  rcase(
    AREA,
    'action main step with github-token (success, mirror on a non-GitHub host)',
    'token only in ::add-mask::; not in log lines, outputs, env, state, job summary or tool cache',
    async (c) => {
      const r = await runAction('ok', { mirror: world.mirrorUrl.replace('127.0.0.1', 'localhost') });
      expect(r.code, r.stdout.slice(-2000)).toBe(0);
      const masked = r.stdout.includes(`::add-mask::${TOKEN}`);
      c.result(
        `exit 0; summary ${r.runner.summary.length} chars; token registered with ::add-mask:: = ${masked}`,
      );
      await c.intact(async () => {
        expect(visible(r.stdout) + r.stderr).not.toContain(TOKEN);
        expect(r.all).not.toContain(TOKEN);
        expect(await filesText(path.join(r.base, 'tool-cache'))).not.toContain(TOKEN);
      });
    },
    180_000,
  );

  rcase(
    AREA,
    'action main step with github-token, the download fails (wrong bytes)',
    'a failed step whose ::error:: line and summary do not contain the token',
    async (c) => {
      for (const a of world.fixture.archives) world.server.setFault(a.assetName, { kind: 'wrong-bytes' });
      let r;
      try {
        r = await runAction('fail', { mirror: world.mirrorUrl });
      } finally {
        world.server.clearFaults();
      }
      expect(r.code).not.toBe(0);
      const error = r.stdout.split('\n').find((l) => l.startsWith('::error'));
      expect(error).toMatch(/^::error.*sha256 mismatch for /);
      c.result(`exit ${r.code}; ${error?.slice(0, 160)}`);
      await c.intact(async () => {
        expect(visible(r.stdout) + r.stderr).not.toContain(TOKEN);
        expect(r.all).not.toContain(TOKEN);
      });
    },
    180_000,
  );
});
