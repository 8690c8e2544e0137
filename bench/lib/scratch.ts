// Scratch space: a tmpfs (mounted by us when root, else /dev/shm) to show CPU cost without ext4's
// noise, and a disk directory where every run gets a FRESH directory. Nothing is deleted between runs:
// on this ext4, creating ~3,000 files right after an `rm -rf` of a similar tree is 2-3x slower, and that
// would let cleanup timing decide the figure. Everything goes at the end (cleanup()).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type FsKind = 'tmpfs' | 'disk';

export class Scratch {
  private counter = 0;
  private constructor(
    readonly root: string,
    readonly tmpfs: string,
    readonly tmpfsKind: string,
    readonly disk: string,
    private readonly mounted: boolean,
  ) {}

  static async create(): Promise<Scratch> {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-bench-'));
    const disk = path.join(root, 'disk');
    await fs.mkdir(disk);
    const mnt = path.join(root, 'tmpfs');
    await fs.mkdir(mnt);
    let mounted = false;
    let kind = '';
    if (process.getuid?.() === 0) {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8g,mode=0755', 'pyembed-bench', mnt], {
          stdio: 'pipe',
        });
        mounted = true;
        kind = 'a tmpfs mounted by the bench (mount -t tmpfs)';
      } catch {
        /* no CAP_SYS_ADMIN: fall back */
      }
    }
    let tmpfs = mnt;
    if (!mounted) {
      if (!existsSync('/dev/shm')) throw new Error('no tmpfs: not root and no /dev/shm');
      tmpfs = await fs.mkdtemp('/dev/shm/pyembed-bench-');
      kind = '/dev/shm (not root: could not mount a tmpfs)';
    }
    return new Scratch(root, tmpfs, kind, disk, mounted);
  }

  /** A new, never-used directory on the given filesystem. */
  async fresh(kind: FsKind, label: string): Promise<string> {
    const dir = path.join(kind === 'tmpfs' ? this.tmpfs : this.disk, `${label}-${++this.counter}`);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  /** Frees a tmpfs directory early (tmpfs has no ext4 penalty; memory is finite). */
  async dropTmpfs(dir: string): Promise<void> {
    if (dir.startsWith(this.tmpfs + path.sep)) await fs.rm(dir, { recursive: true, force: true });
  }

  /** For signal handlers: unmount and delete synchronously. */
  cleanupSync(): void {
    try {
      if (this.mounted) execFileSync('umount', ['-l', this.tmpfs], { stdio: 'pipe' });
      else rmSync(this.tmpfs, { recursive: true, force: true });
      rmSync(this.root, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }

  async cleanup(): Promise<void> {
    if (this.mounted) {
      try {
        execFileSync('umount', ['-l', this.tmpfs], { stdio: 'pipe' });
      } catch {
        /* best effort */
      }
    } else {
      await fs.rm(this.tmpfs, { recursive: true, force: true });
    }
    await fs.rm(this.root, { recursive: true, force: true });
  }
}
