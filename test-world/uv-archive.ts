// Packs the pinned uv (.tools/bin/uv, from PyPI) the way astral-sh/uv publishes releases:
// `uv-x86_64-unknown-linux-gnu.tar.gz` holding `uv-x86_64-unknown-linux-gnu/{uv,uvx}`, plus a `.sha256`
// file (`<hex>  <name>`). Cached by input hash under .cache/world/uv/<hash>/.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildCached } from './cached-build.js';
import { sha256File } from './pbs-fixture.js';
import { cacheDir, toolsDir, uvBin } from './paths.js';
import { sh } from './sh.js';

export const UV_TARGET = 'x86_64-unknown-linux-gnu';
export const UV_ASSET = `uv-${UV_TARGET}.tar.gz`;

export interface UvArchive {
  version: string; // '0.13.9'
  assetName: string; // 'uv-x86_64-unknown-linux-gnu.tar.gz'
  path: string;
  sha256: string;
  /** The published checksum file: `<assetName>.sha256`. */
  sha256Path: string;
}

let pending: Promise<UvArchive> | undefined;

export function buildUvArchive(): Promise<UvArchive> {
  pending ??= build();
  pending.catch(() => (pending = undefined));
  return pending;
}

async function readManifest(dir: string): Promise<UvArchive | undefined> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Omit<
      UvArchive,
      'path' | 'sha256Path'
    >;
    const file = path.join(dir, m.assetName);
    await fs.access(`${file}.sha256`);
    return { ...m, path: file, sha256Path: `${file}.sha256` };
  } catch {
    return undefined;
  }
}

async function build(): Promise<UvArchive> {
  const uv = uvBin();
  const uvx = await fs.realpath(path.join(toolsDir, 'bin', 'uvx'));
  const version = /^uv (\S+)/.exec(await sh(uv, ['--version']))?.[1];
  if (!version) throw new Error(`cannot read the version of ${uv}`);
  const h = createHash('sha256').update(`v1:${version}`);
  for (const f of [uv, uvx]) {
    const st = await fs.stat(f);
    h.update(`${f}:${st.size}:${st.mtimeMs}`);
  }
  return buildCached(path.join(cacheDir, 'uv', h.digest('hex').slice(0, 16)), readManifest, async (tmp) => {
    const top = path.join(tmp, 'stage', `uv-${UV_TARGET}`);
    await fs.mkdir(top, { recursive: true });
    await fs.copyFile(uv, path.join(top, 'uv'));
    await fs.copyFile(uvx, path.join(top, 'uvx'));
    await fs.chmod(path.join(top, 'uv'), 0o755);
    await fs.chmod(path.join(top, 'uvx'), 0o755);
    const out = path.join(tmp, UV_ASSET);
    await sh('tar', [
      '-czf',
      out,
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '-C',
      path.dirname(top),
      path.basename(top),
    ]);
    await fs.rm(path.join(tmp, 'stage'), { recursive: true });
    const sha256 = await sha256File(out);
    await fs.writeFile(`${out}.sha256`, `${sha256}  ${UV_ASSET}\n`);
    await fs.writeFile(
      path.join(tmp, 'manifest.json'),
      JSON.stringify({ version, assetName: UV_ASSET, sha256 }, null, 2) + '\n',
    );
  });
}
