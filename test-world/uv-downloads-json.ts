// A downloads file in uv's own catalogue format (download-metadata.json) naming one Python of this host
// (linux-x86_64-gnu): what the bench and the tests hand `python-downloads-json-url` so a run resolves the
// world's CPython (or the served PyPy) without the GitHub API (the bundled catalogue does not know them).
import fs from 'node:fs/promises';

/** uv's key of a linux-x86_64-gnu row, e.g. `cpython-3.11.7-linux-x86_64-gnu`. */
export const uvDownloadsKey = (name: string, version: string): string =>
  `${name}-${version}-linux-x86_64-gnu`;

/**
 * Writes `file` with one row: `version` of `name` (default cpython) from release `build`, its archive at
 * `url` with `sha256`.
 */
export async function writeUvDownloadsJson(
  file: string,
  row: { name?: 'cpython' | 'pypy'; version: string; build: string; url: string; sha256: string },
): Promise<string> {
  const name = row.name ?? 'cpython';
  const [major, minor, patch] = row.version.split('.').map(Number);
  await fs.writeFile(
    file,
    JSON.stringify({
      [uvDownloadsKey(name, row.version)]: {
        name,
        arch: { family: 'x86_64', variant: null },
        os: 'linux',
        libc: 'gnu',
        major,
        minor,
        patch,
        prerelease: '',
        url: row.url,
        sha256: row.sha256,
        variant: null,
        build: row.build,
      },
    }),
  );
  return file;
}
