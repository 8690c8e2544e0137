// The archives the install cases use: the fixture's two .tar.gz flavours and a synthetic bigger one (the
// unstripped tree plus a second copy of its stdlib), each with a hand-made catalogue row; and the one-entry
// download-metadata.json that points `uv python install` at the same bytes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { hostPlatform } from '../src/core/platform.js';
import type { World } from '../test-world/index.js';
import { cacheDir } from '../test-world/paths.js';
import { sha256File } from '../test-world/pbs-fixture.js';
import { bash } from './lib/proc.js';

const PBS = 'astral-sh/python-build-standalone';
const SYNTHETIC_TAG = '20991231';

export interface BenchArchive {
  label: string;
  assetName: string;
  url: string;
  sha256: string;
  bytes: number;
  unpackedBytes: number;
  files: number;
  /** A hand-made catalogue row, for PythonManager.installBuild (archives the resolver does not pick). */
  build: PythonBuild;
}

async function unpackedSize(archive: string): Promise<{ bytes: number; files: number }> {
  const r = await bash(`tar -tvzf "$1" | awk '{s+=$3; n++} END {print s, n}'`, [archive]);
  const [bytes, files] = r.stdout.trim().split(/\s+/).map(Number);
  return { bytes, files };
}

/** The unstripped tree plus a copy of its stdlib under another name: a bigger archive of the same kind. */
async function syntheticArchive(source: string): Promise<string> {
  const h = createHash('sha256')
    .update(`v1:${source}:${(await fs.stat(source)).mtimeMs}`)
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(cacheDir, '..', 'bench', `synthetic-${h}`);
  const file = path.join(dir, `cpython-3.11.7+${SYNTHETIC_TAG}-x86_64-unknown-linux-gnu-install_only.tar.gz`);
  if (existsSync(file)) return file;
  const tmp = `${dir}.tmp-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(path.join(tmp, 'stage'), { recursive: true });
  await bash(
    `tar -xzf "$1" -C "$2/stage" && cp -a "$2/stage/python/lib/python3.11" "$2/stage/python/lib/python3.11-copy" &&
     tar -cf - --sort=name --owner=0 --group=0 --numeric-owner -C "$2/stage" python | gzip -6 > "$2/$3" && rm -rf "$2/stage"`,
    [source, tmp, path.basename(file)],
  );
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rename(tmp, dir);
  return file;
}

function handMadeBuild(
  assetName: string,
  build: string,
  flavor: PythonBuild['flavor'],
  sha256: string,
): PythonBuild {
  return {
    key: 'cpython-3.11.7-linux-x86_64-gnu',
    version: '3.11.7',
    major: 3,
    minor: 11,
    patch: 7,
    platform: hostPlatform(),
    build,
    flavor,
    format: 'tar.gz',
    assetName,
    url: `https://github.com/${PBS}/releases/download/${build}/${encodeURIComponent(assetName)}`,
    sha256,
  };
}

/** Increasing size: stripped fixture, unstripped fixture (the default path's), synthetic. */
export async function benchArchives(world: World): Promise<BenchArchive[]> {
  const archives = world.fixture.archives.filter((a) => a.format === 'tar.gz');
  const byFlavor = (f: string) => archives.find((a) => a.flavor === f)!;
  const mk = async (
    label: string,
    file: string,
    assetName: string,
    tag: string,
    flavor: PythonBuild['flavor'],
    sha256: string,
  ) => {
    const u = await unpackedSize(file);
    return {
      label,
      assetName,
      url: `${world.mirrorUrl}/${tag}/${encodeURIComponent(assetName)}`,
      sha256,
      bytes: (await fs.stat(file)).size,
      unpackedBytes: u.bytes,
      files: u.files,
      build: handMadeBuild(assetName, tag, flavor, sha256),
    } satisfies BenchArchive;
  };
  const fixtureBuild = world.fixture.build;
  const stripped = byFlavor('install_only_stripped');
  const full = byFlavor('install_only');
  const syntheticFile = await syntheticArchive(full.path);
  const syntheticName = path.basename(syntheticFile);
  world.server.addAsset(PBS, SYNTHETIC_TAG, syntheticName, syntheticFile);
  return [
    await mk(
      'install_only_stripped',
      stripped.path,
      stripped.assetName,
      fixtureBuild,
      'install_only_stripped',
      stripped.sha256,
    ),
    await mk('install_only', full.path, full.assetName, fixtureBuild, 'install_only', full.sha256),
    await mk(
      'synthetic (install_only + 2nd stdlib)',
      syntheticFile,
      syntheticName,
      SYNTHETIC_TAG,
      'install_only',
      await sha256File(syntheticFile),
    ),
  ];
}
