/**
 * A PythonBuild for a local PBS archive (offline install): what it is comes from the PBS asset name,
 * what it must hash to from the caller, `<archive>.sha256`, or a `SHA256SUMS` beside it.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAssetName } from '../catalog/asset-name.js';
import type { PythonBuild } from '../catalog/types.js';
import { PythonInstallationError } from '../errors.js';
import { parseSha256Sums } from '../install/mirror.js';

export async function localArchiveBuild(archivePath: string, sha256?: string): Promise<PythonBuild> {
  const file = path.resolve(archivePath);
  const assetName = decodeURIComponent(path.basename(file));
  const p = parseAssetName(assetName);
  if (!p) {
    throw new PythonInstallationError(`Cannot tell which Python build ${assetName} is.`, {
      requested: file,
      hint: 'Keep the python-build-standalone asset name (e.g. cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz).',
    });
  }
  if (!(await fs.stat(file).catch(() => undefined))?.isFile()) {
    throw new PythonInstallationError(`No archive at ${file}.`, { requested: file });
  }
  let sum = sha256;
  if (!sum) {
    const side = await fs.readFile(`${file}.sha256`, 'utf8').catch(() => undefined);
    sum = side ? /^[0-9a-fA-F]{64}/.exec(side.trim())?.[0] : undefined;
  }
  if (!sum) {
    const sums = await fs
      .readFile(path.join(path.dirname(file), 'SHA256SUMS'), 'utf8')
      .catch(() => undefined);
    sum = sums ? parseSha256Sums(sums).get(assetName) : undefined;
  }
  const plat = p.platform;
  const platKey = `${plat.os}-${plat.arch}${plat.archVariant ? `_${plat.archVariant}` : ''}-${plat.libc}`;
  return {
    key: `cpython-${p.version}${p.variant ? `+${p.variant}` : ''}-${platKey}`,
    version: p.version,
    major: p.major,
    minor: p.minor,
    patch: p.patch,
    prerelease: p.prerelease,
    variant: p.variant,
    platform: plat,
    build: p.build,
    flavor: p.flavor,
    format: p.format,
    assetName,
    url: pathToFileURL(file).href,
    sha256: sum?.toLowerCase(),
  };
}
