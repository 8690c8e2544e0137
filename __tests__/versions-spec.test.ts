// The spec grammar (uv's PythonRequest forms + setup-python's `latest`/`3.x`) and PEP 440 order.
import { describe, expect, it } from 'vitest';
import { InvalidPythonVersionError } from '../src/core/errors.js';
import { parsePythonRequest, requestAllowsPrereleases } from '../src/core/versions/spec.js';
import { parseSpecifiers, specifiersContain } from '../src/core/versions/specifiers.js';
import { compareVersionText, parseVersion } from '../src/core/versions/version.js';
import { versionMatches } from '../src/core/versions/match.js';

describe('parsePythonRequest: every accepted form', () => {
  const pre = (kind: string, n: number) => ({ kind, n });
  const table: [string, object][] = [
    ['3', { form: 'version', version: { kind: 'major', major: 3 }, variant: 'default' }],
    ['3.12', { version: { kind: 'minor', major: 3, minor: 12 } }],
    ['312', { version: { kind: 'minor', major: 3, minor: 12 } }],
    ['38', { version: { kind: 'minor', major: 3, minor: 8 } }],
    ['3.12.5', { version: { kind: 'patch', major: 3, minor: 12, patch: 5 } }],
    ['3.12.0', { version: { kind: 'patch', major: 3, minor: 12, patch: 0 } }],
    ['3.13.0rc1', { version: { kind: 'patch-pre', major: 3, minor: 13, patch: 0, pre: pre('rc', 1) } }],
    ['3.13rc1', { version: { kind: 'minor-pre', major: 3, minor: 13, pre: pre('rc', 1) } }],
    ['3.15.0a7', { version: { kind: 'patch-pre', major: 3, minor: 15, patch: 0, pre: pre('a', 7) } }],
    ['3.14.1b2', { version: { kind: 'patch-pre', major: 3, minor: 14, patch: 1, pre: pre('b', 2) } }],
    ['3.13t', { version: { kind: 'minor', major: 3, minor: 13 }, variant: 'freethreaded' }],
    ['3.13.1t', { version: { kind: 'patch', major: 3, minor: 13, patch: 1 }, variant: 'freethreaded' }],
    ['3.13d', { version: { kind: 'minor', major: 3, minor: 13 }, variant: 'debug' }],
    ['3.13td', { variant: 'freethreaded+debug' }],
    ['3.14+gil', { version: { kind: 'minor', major: 3, minor: 14 }, variant: 'gil' }],
    ['3.13+freethreaded', { version: { kind: 'minor', major: 3, minor: 13 }, variant: 'freethreaded' }],
    ['3.13+debug', { variant: 'debug' }],
    ['>=3.11', { version: { kind: 'range' } }],
    ['>=3.11,<3.13', { version: { kind: 'range' } }],
    ['>= 3.11, < 3.13', { version: { kind: 'range' } }],
    ['~=3.12.0', { version: { kind: 'range' } }],
    ['==3.12.*', { version: { kind: 'range' } }],
    ['!=3.12.4', { version: { kind: 'range' } }],
    ['==3.12.5', { version: { kind: 'patch', major: 3, minor: 12, patch: 5 } }],
    ['cpython@3.12', { form: 'implementation', version: { kind: 'minor', major: 3, minor: 12 } }],
    ['cpython3.12', { form: 'implementation', version: { kind: 'minor', major: 3, minor: 12 } }],
    ['cp312', { form: 'implementation', version: { kind: 'minor', major: 3, minor: 12 } }],
    [
      'cp3.13t',
      { form: 'implementation', version: { kind: 'minor', major: 3, minor: 13 }, variant: 'freethreaded' },
    ],
    ['python3.12', { form: 'implementation', version: { kind: 'minor', major: 3, minor: 12 } }],
    ['cpython', { form: 'default', version: { kind: 'any' } }],
    ['latest', { form: 'default', version: { kind: 'any' } }],
    ['any', { form: 'default', version: { kind: 'any' } }],
    ['cpython@latest', { version: { kind: 'any' } }],
    ['3.x', { version: { kind: 'major', major: 3 } }],
    ['3.12.x', { version: { kind: 'minor', major: 3, minor: 12 } }],
    [
      'cpython-3.12.5-linux-x86_64-gnu',
      {
        form: 'key',
        version: { kind: 'patch', major: 3, minor: 12, patch: 5 },
        platform: { os: 'linux', arch: 'x86_64', libc: 'gnu' },
      },
    ],
    [
      'cpython-3.13.0+freethreaded-linux-x86_64-gnu',
      { form: 'key', variant: 'freethreaded', platform: { os: 'linux', arch: 'x86_64', libc: 'gnu' } },
    ],
    ['cpython-3.12-macos-arm64', { form: 'key', platform: { os: 'darwin', arch: 'aarch64' } }],
    [
      'cpython-3.12-linux-x86_64_v3-musl',
      { platform: { os: 'linux', arch: 'x86_64', archVariant: 'v3', libc: 'musl' } },
    ],
    ['CPython-3.12.5-Linux-x86_64-GNU', { form: 'key', platform: { os: 'linux', libc: 'gnu' } }],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(parsePythonRequest(text)).toMatchObject(expected);
  });

  it('keeps specifier operands exact', () => {
    const r = parsePythonRequest('>=3.11,<3.13');
    expect(r.version.kind === 'range' && r.version.specifiers.map((s) => s.text)).toEqual([
      '>=3.11',
      '<3.13',
    ]);
  });
});

describe('parsePythonRequest: invalid text', () => {
  const bad = [
    '',
    'foo',
    '3.12:1',
    '@3.12',
    'cpython@3.x.y',
    '3rc1',
    '3.12.5.1.2',
    '3.12.post1',
    '3.12.dev0',
    'pypy3.10-nightly',
    'pypy@foo',
    'graalpy-24.1-v7.3',
    '3.12-devel',
    '>=',
    '3.12t5',
    '=>3.11',
  ];
  it.each(bad)('%j -> InvalidPythonVersionError listing accepted forms', (text) => {
    let err: unknown;
    try {
      parsePythonRequest(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidPythonVersionError);
    const e = err as InvalidPythonVersionError;
    expect(e.details.hint).toContain('Accepted forms: 3, 3.12, 312, 3.12.5, 3.13.0rc1');
    expect(e.details.hint).toContain('>=3.11,<3.13');
    expect(e.details.hint).toContain('cpython-3.12.5-linux-x86_64-gnu');
    expect(e.exitCode).toBe(10);
  });

  it('says free-threading needs 3.13+, as uv does', () => {
    expect(() => parsePythonRequest('3.12t')).toThrow(/Python <3.13 does not support free-threading/);
  });
});

describe('PyPy, GraalPy and setup-python -dev', () => {
  const minor = (major: number, m: number) => ({ kind: 'minor', major, minor: m });
  it.each([
    ['pypy', { implementation: 'pypy', version: { kind: 'any' } }],
    ['pp', { implementation: 'pypy', version: { kind: 'any' } }],
    ['pypy3', { implementation: 'pypy', version: { kind: 'major', major: 3 } }],
    ['pypy@3.10', { implementation: 'pypy', version: minor(3, 10) }],
    ['pypy3.10', { implementation: 'pypy', version: minor(3, 10) }],
    ['pypy-3.10', { implementation: 'pypy', version: minor(3, 10) }],
    ['pp310', { implementation: 'pypy', version: minor(3, 10) }],
    ['PyPy@3.10.16', { implementation: 'pypy', version: { kind: 'patch', major: 3, minor: 10, patch: 16 } }],
    ['pypy@>=3.10', { implementation: 'pypy', version: { kind: 'range' } }],
    ['pypy3.10-v7.3.17', { implementation: 'pypy', version: minor(3, 10), release: '7.3.17' }],
    ['pypy-3.10-v7.3.x', { implementation: 'pypy', version: minor(3, 10), release: '7.3' }],
    ['pypy-3.10.16-linux-x86_64-gnu', { form: 'key', implementation: 'pypy', platform: { os: 'linux' } }],
    ['graalpy', { implementation: 'graalpy', version: { kind: 'any' } }],
    ['graalpy@3.11', { implementation: 'graalpy', version: minor(3, 11) }],
    ['gp311', { implementation: 'graalpy', version: minor(3, 11) }],
    ['graalpy-24.1', { implementation: 'graalpy', version: { kind: 'any' }, release: '24.1' }],
    ['graalpy24.1.2', { implementation: 'graalpy', version: { kind: 'any' }, release: '24.1.2' }],
    ['graalpy-3.11.0-windows-x86_64-none', { form: 'key', implementation: 'graalpy' }],
    ['3.13-dev', { implementation: 'cpython', version: minor(3, 13), prereleases: true }],
  ])('%s', (text, want) => {
    expect(parsePythonRequest(text)).toMatchObject(want);
  });

  it('-dev opts in to prereleases; a plain minor does not', () => {
    expect(requestAllowsPrereleases(parsePythonRequest('3.15-dev'))).toBe(true);
    expect(requestAllowsPrereleases(parsePythonRequest('3.15'))).toBe(false);
  });
});

describe('prerelease opt-in', () => {
  it.each([
    ['3.13.0rc1', true],
    ['3.15.0a7', true],
    ['>=3.14.0a1', true],
    ['3.13', false],
    ['3.13.0', false],
    ['>=3.11', false],
    ['latest', false],
  ])('%s allows prereleases by itself: %s', (text, allowed) => {
    expect(requestAllowsPrereleases(parsePythonRequest(text))).toBe(allowed);
  });
});

describe('PEP 440 order (never string order)', () => {
  const ascending = [
    '3.8.20',
    '3.9.0',
    '3.9.25',
    '3.10.0',
    '3.13.0a1',
    '3.13.0b4',
    '3.13.0rc1',
    '3.13.0rc3',
    '3.13.0',
    '3.13.1',
    '3.14.0',
    '3.15.0a7',
    '3.15.0rc1',
  ];
  it('sorts a shuffled list into PEP 440 order', () => {
    const shuffled = [...ascending].reverse().sort((a, b) => (a < b ? -1 : 1)); // string order first
    expect(shuffled).not.toEqual(ascending);
    expect(shuffled.sort(compareVersionText)).toEqual(ascending);
  });
  it.each([
    ['3.9', '3.14', -1],
    ['3.14', '3.9', 1],
    ['3.12', '3.12.0', 0],
    ['3.13.0rc1', '3.13.0', -1],
    ['3.13.0a10', '3.13.0a9', 1],
    ['3.13.0c1', '3.13.0rc1', 0],
    ['3.12.0.post1', '3.12.0', 1],
    ['3.12.0.dev1', '3.12.0a1', -1],
  ])('%s vs %s = %i', (a, b, sign) => {
    expect(Math.sign(compareVersionText(a, b))).toBe(sign);
  });
});

describe('specifiers', () => {
  const v = (t: string) => parseVersion(t)!;
  it.each([
    ['>=3.11,<3.13', '3.12.14', true],
    ['>=3.11,<3.13', '3.13.0', false],
    ['>=3.11,<3.13', '3.13.0rc1', false], // PEP 440: <3.13 excludes 3.13 prereleases
    ['<3.13.0rc2', '3.13.0rc1', true],
    ['~=3.12.0', '3.12.9', true],
    ['~=3.12.0', '3.13.0', false],
    ['~=3.12', '3.14.1', true],
    ['~=3.12', '4.0.0', false],
    ['==3.12.*', '3.12.14', true],
    ['==3.12.*', '3.13.0', false],
    ['!=3.12.4', '3.12.4', false],
    ['!=3.12.*', '3.12.4', false],
    ['!=3.12.4', '3.12.5', true],
    ['==3.12', '3.12.0', true],
    ['>3.12', '3.12.1', true],
    ['<=3.9', '3.10.0', false],
  ])('%s contains %s: %s', (spec, version, expected) => {
    expect(specifiersContain(parseSpecifiers(spec)!, v(version))).toBe(expected);
  });

  it('an exact patch request never matches its prerelease (no dropped suffix)', () => {
    const r = parsePythonRequest('3.13.0');
    expect(versionMatches(r.version, v('3.13.0rc1'))).toBe(false);
    expect(versionMatches(r.version, v('3.13.0'))).toBe(true);
    expect(versionMatches(parsePythonRequest('3.13.0rc1').version, v('3.13.0rc2'))).toBe(false);
  });
});
