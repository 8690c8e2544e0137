// Where the GitHub token goes, read from the servers' request logs. World A plays a GHES server (addressed
// as 127.0.0.1); world B stands in for github.com (addressed as localhost, injected as github.com's host).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile } from '../src/core/install/download.js';
import { tokenMayGoTo } from '../src/core/install/http.js';
import { startWorld, type World } from '../test-world/index.js';
import { runMainStep } from './workflows/runner-files.js';

const TOKEN = 'ghs_trust_tokens_test_0123456789';
const BODY = Buffer.from('token routing\n');
const BODY_SHA = '4c0448b00d9e68572486e0d7e0924b26aa16af2b2441e883025cbb00a6faa17b';
let ghes: World;
let dotcom: World;
let dotcomUrl: string; // world B as "github.com": http://localhost:PORT
let tmp: string;

const auths = (w: World) => w.server.requests.map((r) => r.headers.authorization).filter(Boolean);

beforeAll(async () => {
  [ghes, dotcom] = await Promise.all([startWorld(), startWorld()]);
  dotcomUrl = dotcom.baseUrl.replace('127.0.0.1', 'localhost');
  for (const w of [ghes, dotcom]) w.server.addAsset('acme/tools', 'v1', 'tool.bin', BODY);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-trust-tokens-'));
});
afterAll(async () => {
  await Promise.all([ghes?.close(), dotcom?.close()]);
  await fs.rm(tmp, { recursive: true, force: true });
});

const asset = (base: string) => `${base}/acme/tools/releases/download/v1/tool.bin`;

describe('token routing', () => {
  it('the host rule: GHES tokens stay on GHES; github.com tokens stay on github.com', () => {
    const onGhes = { GITHUB_SERVER_URL: 'https://ghe.corp', GITHUB_API_URL: 'https://ghe.corp/api/v3' };
    expect(tokenMayGoTo('ghe.corp', { env: onGhes })).toBe(true);
    for (const h of ['github.com', 'api.github.com', 'objects.githubusercontent.com', 'mirror.corp'])
      expect(tokenMayGoTo(h, { env: onGhes }), h).toBe(false);
    const onDotcom = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' };
    for (const h of ['github.com', 'api.github.com', 'objects.githubusercontent.com'])
      expect(tokenMayGoTo(h, { env: onDotcom }), h).toBe(true);
    for (const h of ['ghe.corp', 'mirror.corp', 'githubusercontent.com.evil.io'])
      expect(tokenMayGoTo(h, { env: onDotcom }), h).toBe(false);
  });

  it('on GHES a github.com download goes unauthenticated; the GHES host gets the token', async () => {
    const env = { GITHUB_SERVER_URL: ghes.baseUrl, GITHUB_API_URL: ghes.baseUrl };
    const o = { sha256: BODY_SHA, token: TOKEN, env, githubComHosts: ['localhost'] };
    await downloadFile(asset(dotcomUrl), path.join(tmp, 'a', 'from-dotcom'), o);
    await downloadFile(asset(ghes.baseUrl), path.join(tmp, 'a', 'from-ghes'), o);
    expect(dotcom.server.downloadRequests('tool.bin')).toHaveLength(1);
    expect(auths(dotcom)).toEqual([]);
    expect(auths(ghes)).toEqual([`Bearer ${TOKEN}`]);
  });

  it('on github.com the same download carries the token (the stand-in is honoured)', async () => {
    const before = auths(dotcom).length;
    await downloadFile(asset(dotcomUrl), path.join(tmp, 'b', 'from-dotcom'), {
      sha256: BODY_SHA,
      token: TOKEN,
      env: { GITHUB_SERVER_URL: dotcomUrl },
      githubComHosts: ['localhost'],
    });
    expect(auths(dotcom).slice(before)).toEqual([`Bearer ${TOKEN}`]);
  });

  it('a GHES-shaped action run: the token reaches the GHES API only, never its mirror or github.com', async () => {
    const ghesBefore = ghes.server.requests.length;
    const dotcomBefore = dotcom.server.requests.length;
    const r = await runMainStep(
      {
        ...ghes, // a release only the (GHES) releases API knows; a mirror on the GHES host still gets no token
        uvDownloadUrl: dotcom.uvDownloadUrl.replace('127.0.0.1', 'localhost'),
        indexUrl: dotcom.indexUrl.replace('127.0.0.1', 'localhost'),
      },
      { tmp, workspace: await fs.mkdtemp(path.join(tmp, 'ws-')), toolCache: path.join(tmp, 'tool-cache') },
      { 'github-token': TOKEN, cache: 'false' },
      { GITHUB_SERVER_URL: ghes.baseUrl },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.files.outputs['python-version']).toBe(ghes.fixture.version);
    const seen = ghes.server.requests.slice(ghesBefore);
    const api = seen.filter((q) => q.path.startsWith('/repos/'));
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((q) => String(q.headers.authorization).includes(TOKEN))).toBe(true);
    const mirrored = seen.filter((q) => !q.path.startsWith('/repos/'));
    expect(mirrored.length).toBeGreaterThan(0);
    expect(mirrored.filter((q) => q.headers.authorization !== undefined)).toEqual([]);
    const fromDotcom = dotcom.server.requests.slice(dotcomBefore);
    expect(fromDotcom.length).toBeGreaterThan(0);
    expect(fromDotcom.filter((q) => q.headers.authorization !== undefined)).toEqual([]);
    // the runner is told to mask it; nothing else prints it
    const printed = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(TOKEN);
  }, 180_000);
});
