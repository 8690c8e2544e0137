// The world's package index: PEP 503 pages, PEP 691 JSON, PEP 658 metadata, the PyPI JSON API, wheelNames().
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackageIndex } from '../test-world/package-index.js';
import { startWorld, uvBin, WHEEL_GROUPS, wheelNames, type World } from '../test-world/index.js';
import { compareVersions } from '../test-world/wheels.js';

const run = promisify(execFile);
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

interface PypiJson {
  info: {
    name: string;
    version: string;
    summary: string;
    requires_python: string | null;
    requires_dist: string[] | null;
  };
  releases: Record<string, { filename: string; url: string; digests: { sha256: string }; size: number }[]>;
  urls: { filename: string }[];
}

describe('PEP 503 simple index', () => {
  it('lists projects and links every file with its #sha256 and data-requires-python', async () => {
    const root = await (await fetch(world.indexUrl)).text();
    expect(root).toContain('<a href="/simple/six/">six</a>');
    expect(root).toContain('<a href="/simple/typing-extensions/">typing-extensions</a>');
    const page = await (await fetch(`${world.indexUrl}six/`)).text();
    const links = [...page.matchAll(/<a href="([^"#]+)#sha256=([0-9a-f]{64})"([^>]*)>([^<]+)<\/a>/g)];
    expect(links.map((l) => l[4])).toEqual([
      'six-1.15.0-py2.py3-none-any.whl',
      'six-1.16.0-py2.py3-none-any.whl',
      'six-1.17.0-py2.py3-none-any.whl',
    ]);
    for (const [, href, digest, attrs] of links) {
      const body = Buffer.from(await (await fetch(href)).arrayBuffer());
      expect(createHash('sha256').update(body).digest('hex')).toBe(digest);
      expect(attrs).toContain('data-requires-python="&gt;=2.7, !=3.0.*');
      const meta = /data-core-metadata="sha256=([0-9a-f]{64})"/.exec(attrs)![1];
      const metaBody = Buffer.from(await (await fetch(`${href}.metadata`)).arrayBuffer());
      expect(createHash('sha256').update(metaBody).digest('hex')).toBe(meta);
      expect(metaBody.toString()).toMatch(/^Metadata-Version: /);
    }
  });

  it('redirects non-normalized names and 404s unknown projects', async () => {
    const r = await fetch(`${world.indexUrl}Typing_Extensions/`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/simple/typing-extensions/');
    expect((await fetch(`${world.indexUrl}no-such-project/`)).status).toBe(404);
  });

  it('answers PEP 691 JSON when asked', async () => {
    const r = await fetch(`${world.indexUrl}idna/`, {
      headers: { accept: 'application/vnd.pypi.simple.v1+json' },
    });
    expect(r.headers.get('content-type')).toBe('application/vnd.pypi.simple.v1+json');
    const body = (await r.json()) as {
      name: string;
      versions: string[];
      files: { hashes: { sha256: string } }[];
    };
    expect(body.name).toBe('idna');
    expect(body.versions).toEqual(['3.6', '3.10']);
    expect(body.files[0].hashes.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('PyPI JSON API', () => {
  it('reports the latest version, summary, requires_python and every release', async () => {
    const j = (await (await fetch(`${world.pypiJsonUrl}/six/json`)).json()) as PypiJson;
    expect(j.info).toMatchObject({
      name: 'six',
      version: '1.17.0',
      summary: 'Python 2 and 3 compatibility utilities',
    });
    expect(j.info.requires_python).toContain('>=2.7');
    expect(Object.keys(j.releases).sort(compareVersions)).toEqual(['1.15.0', '1.16.0', '1.17.0']);
    expect(j.urls.map((u) => u.filename)).toEqual(['six-1.17.0-py2.py3-none-any.whl']);
    const file = j.releases['1.15.0'][0];
    expect(file.url).toBe(`${world.baseUrl}/packages/six-1.15.0-py2.py3-none-any.whl`);
    const pinned = (await (await fetch(`${world.pypiJsonUrl}/six/1.15.0/json`)).json()) as PypiJson;
    expect(pinned.info.version).toBe('1.15.0');
    const idna = (await (await fetch(`${world.pypiJsonUrl}/IDNA/json`)).json()) as PypiJson;
    expect(idna.info.version).toBe('3.10'); // PEP 440 order, not string order
    const dateutil = (await (await fetch(`${world.pypiJsonUrl}/python-dateutil/json`)).json()) as PypiJson;
    expect(dateutil.info.requires_dist).toContain('six >=1.5');
    expect((await fetch(`${world.pypiJsonUrl}/nothing-here/json`)).status).toBe(404);
    expect((await fetch(`${world.pypiJsonUrl}/six/9.9.9/json`)).status).toBe(404);
  });

  it('applies fault switches to package files too', async () => {
    world.server.setFault('idna-3.6-py3-none-any.whl', { kind: 'status', status: 502, times: 1 });
    const url = `${world.baseUrl}/packages/idna-3.6-py3-none-any.whl`;
    expect((await fetch(url)).status).toBe(502);
    expect((await fetch(url)).status).toBe(200);
    world.server.clearFaults();
  });
});

describe('wheelNames', () => {
  it('gives benchmark groups that uv resolves from the index to exactly those projects (no dependencies)', async () => {
    const index = await createPackageIndex();
    expect(WHEEL_GROUPS).toEqual([6, 20, 50]);
    const fifty = wheelNames(50);
    expect(new Set(fifty).size).toBe(50);
    expect(wheelNames(6)).toEqual(fifty.slice(0, 6));
    for (const name of wheelNames()) expect(index.projects.has(name), name).toBe(true);
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'world-index-'));
    try {
      const reqs = path.join(scratch, 'requirements.in');
      await fs.writeFile(reqs, fifty.join('\n') + '\n');
      const { stdout } = await run(
        uvBin(),
        [
          'pip',
          'compile',
          reqs,
          '--no-header',
          '--no-annotate',
          '--python-version',
          '3.11',
          '--python-platform',
          'x86_64-unknown-linux-gnu',
          '--index-url',
          world.indexUrl,
        ],
        {
          env: {
            ...process.env,
            UV_NO_CONFIG: '1',
            UV_PYTHON_DOWNLOADS: 'never',
            UV_CACHE_DIR: path.join(scratch, 'cache'),
          },
        },
      );
      const resolved = stdout
        .trim()
        .split('\n')
        .map((l) => l.split('==')[0]);
      expect(resolved.sort()).toEqual([...fifty].sort());
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  });
});
