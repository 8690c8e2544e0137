// A downloads file in uv's own catalogue format (download-metadata.json) naming one CPython of this host
// (linux-x86_64-gnu): what the bench and the tests hand `python-downloads-json-url` so a run resolves the
// world's CPython without the GitHub API (the bundled catalogue does not know the world's release).
import fs from 'node:fs/promises';

/** Writes `file` with one row: `version` of release `build`, its archive at `url` with `sha256`. */
export async function writeUvDownloadsJson(
  file: string,
  row: { version: string; build: string; url: string; sha256: string },
): Promise<string> {
  const [major, minor, patch] = row.version.split('.').map(Number);
  await fs.writeFile(
    file,
    JSON.stringify({
      [`cpython-${row.version}-linux-x86_64-gnu`]: {
        name: 'cpython',
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
