import { readFileSync } from 'node:fs';
import os from 'node:os';
import { childProcessModule } from '../core/builtins.js';

/**
 * What the OS part of a cache key is read from. Injectable so tests can stand for any runner; the default
 * reads this machine.
 */
export interface OsProbe {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** `os.release()`: the kernel on Linux/macOS, the build (`10.0.22631`) on Windows. */
  release: () => string;
  /** A file's text, or undefined when it cannot be read. */
  readFile: (file: string) => string | undefined;
  /** `sw_vers -productVersion` on macOS, or undefined. */
  macosVersion: () => string | undefined;
}

export const hostOsProbe = (): OsProbe => ({
  env: process.env,
  platform: process.platform,
  release: () => os.release(),
  readFile: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  macosVersion: () => {
    try {
      return (
        childProcessModule().execFileSync('sw_vers', ['-productVersion'], { encoding: 'utf8' }).trim() ||
        undefined
      );
    } catch {
      return undefined;
    }
  },
});

/** `KEY=value` / `KEY="value"` lines of /etc/os-release. */
function osReleaseField(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}=(.*)$`, 'm').exec(text);
  return m ? m[1].trim().replace(/^["']|["']$/g, '') || undefined : undefined;
}

/**
 * The OS name and version a cache key must carry: wheels built from source link against the system's
 * libraries, so ubuntu-22.04 and 24.04 (or macOS 14 and 15) must never share one. Hosted runners name their
 * image (`ImageOS`/`ImageVersion`, which also changes when the image's libraries do); elsewhere
 * /etc/os-release, the macOS product version or the Windows build. Unknown parts read `unknown`.
 */
export function osNameAndVersion(probe: OsProbe = hostOsProbe()): string {
  const { ImageOS: image, ImageVersion: imageVersion } = probe.env;
  if (image) return imageVersion ? `${image}-${imageVersion}` : image;
  switch (probe.platform) {
    case 'linux': {
      const text = probe.readFile('/etc/os-release') ?? probe.readFile('/usr/lib/os-release') ?? '';
      const id = osReleaseField(text, 'ID') ?? 'linux';
      const version = osReleaseField(text, 'VERSION_ID') ?? osReleaseField(text, 'BUILD_ID') ?? 'unknown';
      return `${id}-${version}`;
    }
    case 'darwin':
      return `macos-${probe.macosVersion() ?? `darwin${probe.release()}`}`;
    case 'win32':
      return `windows-${probe.release()}`;
    default:
      return `${probe.platform}-${probe.release()}`;
  }
}
