// The private uv against the world's astral-sh/uv release: one install per version AND platform triple in a
// shared tools dir, and checksums shipped with the product outranking whatever a download base publishes.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecksumMismatchError } from '../src/core/errors.js';
import { parsePlatform } from '../src/core/platform.js';
import { ensureUv } from '../src/core/uv/install.js';
import { Uv } from '../src/core/uv/uv.js';
import { buildUvArchive, startWorld, type UvArchive, type World } from '../test-world/index.js';

const GNU = 'uv-x86_64-unknown-linux-gnu.tar.gz';
const MUSL = 'uv-x86_64-unknown-linux-musl.tar.gz';
let world: World;
let archive: UvArchive;
let scratch: string;

beforeAll(async () => {
  world = await startWorld();
  archive = await buildUvArchive();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-trust-uv-'));
  // the musl asset holds this host's uv (it runs here); what matters is which directory serves which triple
  world.server.addAsset('astral-sh/uv', '0.13.9', MUSL, archive.path);
  world.server.addAsset(
    'astral-sh/uv',
    '0.13.9',
    `${MUSL}.sha256`,
    Buffer.from(`${archive.sha256}  ${MUSL}\n`),
  );
});
afterAll(async () => {
  await world.close();
  await fs.rm(scratch, { recursive: true, force: true });
});

const downloads = (name: string) => world.server.downloadRequests(name).length;
const markerOf = async (exe: string) =>
  JSON.parse(await fs.readFile(path.join(path.dirname(exe), 'pyembed-uv.json'), 'utf8')) as {
    triple: string;
  };

describe('a tools dir shared by two platforms', () => {
  it('keeps one uv per triple and never hands one platform the other one’s binary', async () => {
    const toolsDir = await fs.mkdtemp(path.join(scratch, 'shared-'));
    const base = { toolsDir, downloadBaseUrl: world.uvDownloadUrl };
    const glibc = await ensureUv({ ...base, platform: parsePlatform('linux-x86_64-gnu') });
    const musl = await ensureUv({ ...base, platform: parsePlatform('linux-x86_64-musl') });
    expect(glibc.path).toBe(path.join(toolsDir, 'uv', '0.13.9', 'x86_64-unknown-linux-gnu', 'uv'));
    expect(musl.path).toBe(path.join(toolsDir, 'uv', '0.13.9', 'x86_64-unknown-linux-musl', 'uv'));
    expect([glibc.source, musl.source]).toEqual(['download', 'download']);
    expect((await markerOf(musl.path)).triple).toBe('x86_64-unknown-linux-musl');
    // both stay cached side by side
    expect((await ensureUv({ ...base, platform: parsePlatform('linux-x86_64-gnu') })).source).toBe('cache');
    expect((await ensureUv({ ...base, platform: parsePlatform('linux-x86_64-musl') })).source).toBe('cache');
  });

  it('a cached uv whose recorded triple differs is reinstalled, not run', async () => {
    const toolsDir = await fs.mkdtemp(path.join(scratch, 'copied-'));
    const base = { toolsDir, downloadBaseUrl: world.uvDownloadUrl };
    const glibc = await ensureUv({ ...base, platform: parsePlatform('linux-x86_64-gnu') });
    // a glibc install copied (by hand, or by an older layout) where the musl one belongs
    const muslDir = path.join(toolsDir, 'uv', '0.13.9', 'x86_64-unknown-linux-musl');
    await fs.cp(path.dirname(glibc.path), muslDir, { recursive: true });
    const before = downloads(MUSL);
    const musl = await ensureUv({ ...base, platform: parsePlatform('linux-x86_64-musl') });
    expect(musl.source).toBe('download');
    expect(downloads(MUSL)).toBe(before + 1);
    expect((await markerOf(musl.path)).triple).toBe('x86_64-unknown-linux-musl');
  });
});

describe('shipped uv checksums outrank the download base', () => {
  it('a mirror serving other bytes with a matching .sha256 is refused, naming both values and the mirror', async () => {
    const mirror = path.join(scratch, 'evil-mirror');
    await fs.mkdir(path.join(mirror, '0.13.9'), { recursive: true });
    // still a valid archive (a second gzip member of tar padding): only the checksum can tell
    const swapped = Buffer.concat([await fs.readFile(archive.path), gzipSync(Buffer.alloc(1024))]);
    const swappedSha = createHash('sha256').update(swapped).digest('hex');
    await fs.writeFile(path.join(mirror, '0.13.9', GNU), swapped);
    await fs.writeFile(path.join(mirror, '0.13.9', `${GNU}.sha256`), `${swappedSha}  ${GNU}\n`);
    const toolsDir = await fs.mkdtemp(path.join(scratch, 'evil-'));
    const knownChecksums = { '0.13.9': { [GNU]: archive.sha256 } };
    const platform = parsePlatform('linux-x86_64-gnu');

    // without a shipped value the mirror's own companion file is all there is: it installs
    const trusting = await ensureUv({ toolsDir, downloadBaseUrl: mirror, platform, knownChecksums: {} });
    expect(trusting.source).toBe('download');
    await fs.rm(path.join(toolsDir, 'uv'), { recursive: true });

    const e = (await ensureUv({ toolsDir, downloadBaseUrl: mirror, platform, knownChecksums }).catch(
      (x: unknown) => x,
    )) as ChecksumMismatchError;
    expect(e).toBeInstanceOf(ChecksumMismatchError);
    expect(e.message).toContain(archive.sha256);
    expect(e.message).toContain(swappedSha);
    expect(e.message).toContain(mirror);
    await expect(fs.stat(path.join(toolsDir, 'uv', '0.13.9'))).rejects.toThrow(/ENOENT/);
  });

  it('with a shipped value the release companion is not even asked for', async () => {
    const toolsDir = await fs.mkdtemp(path.join(scratch, 'shipped-'));
    const companions = downloads(`${GNU}.sha256`);
    const r = await ensureUv({
      toolsDir,
      downloadBaseUrl: world.uvDownloadUrl,
      platform: parsePlatform('linux-x86_64-gnu'),
      knownChecksums: { '0.13.9': { [GNU]: archive.sha256.toUpperCase() } },
    });
    expect(r.source).toBe('download');
    expect(await new Uv({ path: r.path }).version()).toBe('0.13.9');
    expect(downloads(`${GNU}.sha256`)).toBe(companions);
  });
});
