// One contract for the catalogue questions: the library functions and the PythonManager methods of the
// same name answer with builds and throw typed errors; neither returns undefined or swallows a failure.
import fs from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as publicApi from '../src/index.js';
import {
  DownloadError,
  InvalidPythonVersionError,
  PythonManager,
  createCatalog,
  findBestMatchingVersion,
  getLatestPythonVersion,
  listAvailableVersions,
  type Catalog,
  type PythonBuild,
} from '../src/index.js';

interface Face {
  find(spec: string, catalog: Catalog): Promise<PythonBuild>;
  latest(catalog: Catalog): Promise<PythonBuild>;
  list(catalog: Catalog, build?: string): Promise<PythonBuild[]>;
}

let root: string;
const manager = (catalog: Catalog) => new PythonManager({ root, catalog });

const faces: [string, Face][] = [
  [
    'library functions',
    {
      find: (spec, catalog) => findBestMatchingVersion(spec, { catalog }),
      latest: (catalog) => getLatestPythonVersion({ catalog }),
      list: (catalog, build) => listAvailableVersions(build, { catalog }),
    },
  ],
  [
    'PythonManager methods',
    {
      find: (spec, catalog) => manager(catalog).findBestMatchingVersion(spec),
      latest: (catalog) => manager(catalog).getLatestPythonVersion(),
      list: (catalog, build) => manager(catalog).listAvailableVersions(build),
    },
  ],
];

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

const snapshot = createCatalog({ source: 'snapshot' });
let unreachable: Catalog;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-contract-'));
  unreachable = createCatalog({ source: 'github', apiUrl: `http://127.0.0.1:${await closedPort()}` });
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe.each(faces)('%s', (_name, face) => {
  it('answer with builds: the best match, the latest stable, the list newest first', async () => {
    const best = await face.find('3.11', snapshot);
    expect(best).toEqual(await snapshot.resolve('3.11'));
    expect(best.version).toMatch(/^3\.11\.\d+$/);
    expect(best.key).toContain(`cpython-${best.version}-`);

    const latest = await face.latest(snapshot);
    expect(latest).toEqual(await snapshot.resolve('latest'));

    const list = await face.list(snapshot);
    expect(list).toEqual(await snapshot.list());
    expect(list.map((b) => b.version)).toContain(best.version);
    const pinned = await face.list(snapshot, best.build);
    expect(new Set(pinned.map((b) => b.build))).toEqual(new Set([best.build]));
  });

  it('throw InvalidPythonVersionError for no match and for a malformed spec, with what exists', async () => {
    const none = await face.find('2.7', snapshot).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(InvalidPythonVersionError);
    expect((none as InvalidPythonVersionError).details.available?.length).toBeGreaterThan(0);
    await expect(face.find('three point twelve', snapshot)).rejects.toBeInstanceOf(InvalidPythonVersionError);
  });

  it('throw DownloadError when the catalogue source cannot be read, instead of answering nothing', async () => {
    await expect(face.find('3.12', unreachable)).rejects.toBeInstanceOf(DownloadError);
    await expect(face.latest(unreachable)).rejects.toBeInstanceOf(DownloadError);
    await expect(face.list(unreachable)).rejects.toBeInstanceOf(DownloadError);
  });
});

describe('the public index', () => {
  it('exports the catalogue questions but no benchmark code', () => {
    expect(typeof publicApi.findBestMatchingVersion).toBe('function');
    expect(Object.keys(publicApi).filter((k) => /bench/i.test(k))).toEqual([]);
  });
});
