// A local PyPI: PEP 503 simple pages (HTML, and PEP 691 JSON when asked for), PEP 658 metadata files,
// wheel files at /packages/<file>, and the PyPI JSON API at /pypi/<name>/json and /pypi/<name>/<ver>/json.
// Built from the real wheels in .cache/world/wheels (fetched by scripts/world-tools.sh).
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { wheelsDir } from './paths.js';
import type { Mount, MountContext } from './release-server.js';
import {
  compareVersions,
  isPrerelease,
  normalizeName,
  parseWheelFileName,
  readWheelMetadata,
  type WheelMetadata,
} from './wheels.js';

export interface IndexedFile {
  filename: string;
  path: string;
  project: string; // normalized
  version: string;
  pythonTag: string;
  size: number;
  sha256: string;
  md5: string;
  metadata: WheelMetadata;
  metadataSha256: string;
}

export interface PackageIndex {
  projects: Map<string, IndexedFile[]>; // normalized name -> files, oldest version first
  files: Map<string, IndexedFile>; // file name -> file
  mount: Mount;
}

const header = (f: IndexedFile, key: string): string | undefined => f.metadata.headers.get(key)?.[0];

async function indexWheel(dir: string, filename: string): Promise<IndexedFile | undefined> {
  const parsed = parseWheelFileName(filename);
  if (!parsed) return undefined;
  const file = path.join(dir, filename);
  const data = await fs.readFile(file);
  const metadata = await readWheelMetadata(file);
  return {
    filename,
    path: file,
    project: parsed.normalized,
    version: parsed.version,
    pythonTag: parsed.pythonTag,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    md5: createHash('md5').update(data).digest('hex'),
    metadata,
    metadataSha256: createHash('sha256').update(metadata.raw).digest('hex'),
  };
}

const loaded = new Map<string, Promise<Map<string, IndexedFile[]>>>();

async function load(dir: string): Promise<Map<string, IndexedFile[]>> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.whl'));
  } catch {
    names = [];
  }
  if (names.length === 0) {
    throw new Error(
      `no wheels in ${dir}: run \`bash scripts/world-tools.sh\` (fetches test-world/wheels.txt)`,
    );
  }
  const files = (await Promise.all(names.map((n) => indexWheel(dir, n)))).filter(
    (f): f is IndexedFile => !!f,
  );
  const projects = new Map<string, IndexedFile[]>();
  for (const f of files) projects.set(f.project, [...(projects.get(f.project) ?? []), f]);
  for (const list of projects.values())
    list.sort((a, b) => compareVersions(a.version, b.version) || a.filename.localeCompare(b.filename));
  return new Map([...projects].sort(([a], [b]) => a.localeCompare(b)));
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function send(
  res: ServerResponse,
  ctx: MountContext,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
) {
  ctx.onHead(status);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function latestVersion(files: IndexedFile[]): string {
  const versions = files.map((f) => f.version);
  const stable = versions.filter((v) => !isPrerelease(v));
  return (stable.length ? stable : versions).sort(compareVersions).at(-1)!;
}

function pypiFile(f: IndexedFile, baseUrl: string): Record<string, unknown> {
  const t = f.metadata.lastModified.toISOString();
  return {
    comment_text: null,
    digests: { md5: f.md5, sha256: f.sha256 },
    downloads: -1,
    filename: f.filename,
    has_sig: false,
    md5_digest: f.md5,
    packagetype: 'bdist_wheel',
    python_version: f.pythonTag,
    requires_python: header(f, 'requires-python') ?? null,
    size: f.size,
    upload_time: t.slice(0, 19),
    upload_time_iso_8601: t,
    url: `${baseUrl}/packages/${encodeURIComponent(f.filename)}`,
    yanked: false,
    yanked_reason: null,
  };
}

function pypiJson(files: IndexedFile[], version: string, baseUrl: string): Record<string, unknown> {
  const ofVersion = files.filter((f) => f.version === version);
  const f = ofVersion[0];
  const name = header(f, 'name') ?? f.project;
  const projectUrls: Record<string, string> = {};
  for (const u of f.metadata.headers.get('project-url') ?? []) {
    const [label, ...rest] = u.split(',');
    projectUrls[label.trim()] = rest.join(',').trim();
  }
  const releases: Record<string, unknown[]> = {};
  for (const file of files) (releases[file.version] ??= []).push(pypiFile(file, baseUrl));
  return {
    info: {
      author: header(f, 'author') ?? '',
      author_email: header(f, 'author-email') ?? '',
      classifiers: f.metadata.headers.get('classifier') ?? [],
      description: f.metadata.description,
      description_content_type: header(f, 'description-content-type') ?? null,
      docs_url: null,
      download_url: header(f, 'download-url') ?? '',
      home_page: header(f, 'home-page') ?? '',
      keywords: header(f, 'keywords') ?? '',
      license: header(f, 'license') ?? header(f, 'license-expression') ?? null,
      maintainer: header(f, 'maintainer') ?? '',
      maintainer_email: header(f, 'maintainer-email') ?? '',
      name,
      package_url: `${baseUrl}/project/${f.project}/`,
      platform: null,
      project_url: `${baseUrl}/project/${f.project}/`,
      project_urls: Object.keys(projectUrls).length ? projectUrls : null,
      provides_extra: f.metadata.headers.get('provides-extra') ?? null,
      release_url: `${baseUrl}/project/${f.project}/${version}/`,
      requires_dist: f.metadata.headers.get('requires-dist') ?? null,
      requires_python: header(f, 'requires-python') ?? null,
      summary: header(f, 'summary') ?? null,
      version,
      yanked: false,
      yanked_reason: null,
    },
    last_serial: 1,
    releases,
    urls: ofVersion.map((x) => pypiFile(x, baseUrl)),
    vulnerabilities: [],
  };
}

function simpleHtml(project: string, files: IndexedFile[], baseUrl: string): string {
  const links = files.map((f) => {
    const rp = header(f, 'requires-python');
    const attrs = [
      `href="${baseUrl}/packages/${encodeURIComponent(f.filename)}#sha256=${f.sha256}"`,
      rp ? `data-requires-python="${esc(rp)}"` : '',
      `data-dist-info-metadata="sha256=${f.metadataSha256}"`,
      `data-core-metadata="sha256=${f.metadataSha256}"`,
    ].filter(Boolean);
    return `    <a ${attrs.join(' ')}>${esc(f.filename)}</a><br />`;
  });
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    '    <meta name="pypi:repository-version" content="1.1">',
    `    <title>Links for ${esc(project)}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>Links for ${esc(project)}</h1>`,
    ...links,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

function simpleJson(project: string, files: IndexedFile[], baseUrl: string): string {
  return JSON.stringify({
    meta: { 'api-version': '1.1' },
    name: project,
    versions: [...new Set(files.map((f) => f.version))],
    files: files.map((f) => ({
      filename: f.filename,
      url: `${baseUrl}/packages/${encodeURIComponent(f.filename)}`,
      hashes: { sha256: f.sha256 },
      'requires-python': header(f, 'requires-python') ?? null,
      'core-metadata': { sha256: f.metadataSha256 },
      'dist-info-metadata': { sha256: f.metadataSha256 },
      size: f.size,
      'upload-time': f.metadata.lastModified.toISOString(),
      yanked: false,
    })),
  });
}

const wantsJson = (req: IncomingMessage) =>
  String(req.headers.accept ?? '').includes('application/vnd.pypi.simple.v1+json');

export async function createPackageIndex(dir = wheelsDir): Promise<PackageIndex> {
  let p = loaded.get(dir);
  if (!p) loaded.set(dir, (p = load(dir)));
  p.catch(() => loaded.delete(dir));
  const projects = await p;
  const files = new Map<string, IndexedFile>();
  for (const list of projects.values()) for (const f of list) files.set(f.filename, f);

  const mount: Mount = async (req, res, url, ctx) => {
    const p = url.pathname;
    if (p === '/simple' || p === '/simple/') {
      if (p === '/simple') return redirect(res, ctx, '/simple/');
      if (wantsJson(req)) {
        const body = JSON.stringify({
          meta: { 'api-version': '1.1' },
          projects: [...projects.keys()].map((name) => ({ name })),
        });
        send(res, ctx, 200, 'application/vnd.pypi.simple.v1+json', body);
      } else {
        const links = [...projects.keys()].map((n) => `    <a href="/simple/${n}/">${n}</a><br />`);
        send(
          res,
          ctx,
          200,
          'text/html; charset=utf-8',
          ['<!DOCTYPE html>', '<html><body>', ...links, '</body></html>', ''].join('\n'),
        );
      }
      return true;
    }
    let m = /^\/simple\/([^/]+)(\/?)$/.exec(p);
    if (m) {
      const name = decodeURIComponent(m[1]);
      const norm = normalizeName(name);
      if (name !== norm || !m[2]) return redirect(res, ctx, `/simple/${norm}/`); // PEP 503: redirect to the normal form
      const list = projects.get(norm);
      if (!list) return (send(res, ctx, 404, 'text/plain', 'Not Found\n'), true);
      if (wantsJson(req))
        send(res, ctx, 200, 'application/vnd.pypi.simple.v1+json', simpleJson(norm, list, ctx.baseUrl));
      else send(res, ctx, 200, 'text/html; charset=utf-8', simpleHtml(norm, list, ctx.baseUrl));
      return true;
    }
    m = /^\/packages\/([^/]+)$/.exec(p);
    if (m) {
      const name = decodeURIComponent(m[1]);
      const meta = name.endsWith('.metadata') ? files.get(name.slice(0, -'.metadata'.length)) : undefined;
      if (meta) {
        await ctx.serveFile(name, {
          size: meta.metadata.raw.length,
          body: { kind: 'buffer', data: meta.metadata.raw },
          contentType: 'text/plain',
        });
        return true;
      }
      const f = files.get(name);
      if (!f) return (send(res, ctx, 404, 'text/plain', 'Not Found\n'), true);
      await ctx.serveFile(name, {
        size: f.size,
        body: { kind: 'file', path: f.path },
        contentType: 'application/octet-stream',
      });
      return true;
    }
    m = /^\/pypi\/([^/]+)\/(?:([^/]+)\/)?json\/?$/.exec(p);
    if (m) {
      const list = projects.get(normalizeName(decodeURIComponent(m[1])));
      const version = m[2] ? decodeURIComponent(m[2]) : list && latestVersion(list);
      if (!list || !list.some((f) => f.version === version)) {
        return (send(res, ctx, 404, 'application/json', JSON.stringify({ message: 'Not Found' })), true);
      }
      send(res, ctx, 200, 'application/json', JSON.stringify(pypiJson(list, version!, ctx.baseUrl)));
      return true;
    }
    return false;
  };
  return { projects, files, mount };
}

function redirect(res: ServerResponse, ctx: MountContext, location: string): true {
  send(res, ctx, 301, 'text/plain', `Moved to ${location}\n`, { location });
  return true;
}
