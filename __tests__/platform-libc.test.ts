// libc detection the way uv does it: the ELF interpreter of /bin/sh, then `ldd --version`; never the
// mere presence of a musl loader. Fake roots hold a real /bin/sh (this machine's, glibc) and a copy of
// it whose PT_INTERP string is rewritten to musl's loader, as an Alpine /bin/sh names it.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLibc, elfInterpreter, hostPlatform } from '../src/core/platform.js';
import { platformFor } from '../src/action/plan.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pyembed-libc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const realSh = realpathSync('/bin/sh');
const GLIBC_LOADER = elfInterpreter(realSh)!;
const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';

function fakeRoot(name: string, files: Record<string, Buffer | string>): string {
  const root = path.join(tmp, name);
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}

/** This machine's /bin/sh with its interpreter string replaced (NUL-padded) by musl's loader. */
function muslShell(): Buffer {
  const sh = readFileSync(realSh);
  const at = sh.indexOf(Buffer.from(`${GLIBC_LOADER}\0`, 'latin1'));
  expect(at).toBeGreaterThan(0);
  const patched = Buffer.from(sh);
  patched.fill(0, at, at + GLIBC_LOADER.length);
  patched.write(MUSL_LOADER, at, 'latin1');
  return patched;
}

const noLdd = () => {
  throw new Error('ldd must not be consulted when /bin/sh answers');
};

describe('detectLibc', () => {
  it('reads the interpreter of this machine’s /bin/sh', () => {
    expect(GLIBC_LOADER).toMatch(/^\/lib(64)?\/ld-linux/);
  });

  it('a glibc root that also has /lib/ld-musl-x86_64.so.1 (Debian’s musl package) is gnu', () => {
    const root = fakeRoot('glibc-with-musl', {
      'bin/sh': readFileSync(realSh),
      'lib/ld-musl-x86_64.so.1': 'a musl loader',
      'etc/ld-musl-x86_64.path': '/usr/lib/x86_64-linux-musl\n',
    });
    expect(detectLibc({ root, ldd: noLdd })).toBe('gnu');
  });

  it('a root whose /bin/sh names the musl loader is musl', () => {
    const root = fakeRoot('alpine', { 'bin/sh': muslShell() });
    expect(elfInterpreter(path.join(root, 'bin/sh'))).toBe(MUSL_LOADER);
    expect(detectLibc({ root, ldd: noLdd })).toBe('musl');
  });

  it('falls back to ldd --version when /bin/sh says nothing (static, missing, not ELF)', () => {
    const staticSh = fakeRoot('static', { 'bin/sh': '#!not an elf file\n' });
    expect(detectLibc({ root: staticSh, ldd: () => 'musl libc (x86_64)\nVersion 1.2.5\n' })).toBe('musl');
    expect(detectLibc({ root: staticSh, ldd: () => 'ldd (GNU libc) 2.36\n' })).toBe('gnu');
    const empty = fakeRoot('empty', {});
    expect(detectLibc({ root: empty, ldd: () => undefined })).toBe('gnu');
  });

  it('the shell path is injectable', () => {
    const root = fakeRoot('custom-shell', { 'usr/bin/dash': muslShell() });
    expect(detectLibc({ root, shell: '/usr/bin/dash', ldd: noLdd })).toBe('musl');
  });

  it('the host answer matches this machine, and an explicit architecture platform still overrides', () => {
    expect(hostPlatform().libc).toBe(detectLibc({ ldd: noLdd }));
    expect(platformFor('linux-x86_64-musl')).toMatchObject({ libc: 'musl' });
    expect(platformFor('linux-aarch64-gnu')).toMatchObject({ arch: 'aarch64', libc: 'gnu' });
  });
});

it('copies of the real shell are used as-is (sanity)', () => {
  const copy = path.join(tmp, 'sh-copy');
  copyFileSync(realSh, copy);
  expect(elfInterpreter(copy)).toBe(GLIBC_LOADER);
});
