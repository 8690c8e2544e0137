// The CLI shell: --help everywhere, --version, usage errors, config show, precedence, exit codes, NO_COLOR.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo, runCli, sandbox, type Sandbox } from './cli-helpers.js';

const COMMANDS = [
  'setup',
  'resolve',
  'list-available',
  'install',
  'list',
  'info',
  'remove',
  'verify',
  'du',
  'export',
  'import',
  'venv create',
  'venv list',
  'venv info',
  'venv remove',
  'venv clone',
  'venv export',
  'venv import',
  'pip install',
  'pip uninstall',
  'pip list',
  'pip show',
  'pip outdated',
  'pip upgrade',
  'pip downgrade',
  'pip freeze',
  'run',
  'exec',
  'diagnose',
  'config show',
];

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(async () => {
  await sb.cleanup();
});

type Shown = { file?: string; options: Record<string, { value: unknown; source: string }> };

describe('pyembed shell', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version'], { env: sb.env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help works for the program, every group and every subcommand', async () => {
    const top = await runCli(['--help'], { env: sb.env });
    expect(top.code).toBe(0);
    for (const name of [
      'setup',
      'resolve',
      'list-available',
      'venv',
      'pip',
      'run',
      'exec',
      'diagnose',
      'config',
    ]) {
      expect(top.stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
    }
    const runs = await Promise.all(
      [...COMMANDS, 'venv', 'pip', 'config'].map(async (c) => ({
        c,
        r: await runCli([...c.split(' '), '--help'], { env: sb.env }),
      })),
    );
    for (const { c, r } of runs) {
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toContain(`Usage: pyembed ${c}`);
      if (COMMANDS.includes(c)) expect(r.stdout, c).toContain('--json');
    }
  });

  it('a usage error exits 2, with a JSON error document under --json', async () => {
    const r = await runCli(['resolve', '--json'], { env: sb.env });
    expect(r.code).toBe(2);
    expect(r.json<{ error: { name: string; message: string; exitCode: number } }>().error).toMatchObject({
      name: 'UsageError',
      exitCode: 2,
    });
    expect(r.stderr).toContain("missing required argument 'spec'");
    const unknown = await runCli(['frobnicate'], { env: sb.env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
    const group = await runCli(['venv'], { env: sb.env });
    expect(group.code).toBe(2);
  });

  it('config show: flag > env > config file > default, token masked', async () => {
    const cwd = sb.dir;
    await writeFile(
      path.join(cwd, 'pyembed.json'),
      JSON.stringify({ retries: 9, uvVersion: '0.9.0', backoffMs: 10 }),
    );
    const env = {
      ...sb.env,
      PYEMBED_RETRIES: '6',
      PYEMBED_UV_VERSION: '0.8.0',
      GITHUB_TOKEN: 'ghp_do_not_print',
    };
    const r = await runCli(['config', 'show', '--json', '--retries', '2'], { env, cwd });
    expect(r.code).toBe(0);
    const shown = r.json<Shown>();
    expect(shown.file).toBe(path.join(cwd, 'pyembed.json'));
    expect(shown.options.retries).toMatchObject({ value: 2, source: 'flag --retries' });
    expect(shown.options.uvVersion).toMatchObject({ value: '0.8.0', source: 'env PYEMBED_UV_VERSION' });
    expect(shown.options.backoffMs).toMatchObject({
      value: 10,
      source: `config file ${path.join(cwd, 'pyembed.json')}`,
    });
    expect(shown.options.timeoutMs).toMatchObject({ value: 60000, source: 'default' });
    expect(shown.options.root).toMatchObject({ value: sb.env.PYEMBED_ROOT, source: 'env PYEMBED_ROOT' });
    expect(shown.options.githubToken).toMatchObject({ value: '***', source: 'env GITHUB_TOKEN' });
    expect(r.stdout + r.stderr).not.toContain('ghp_do_not_print');

    const human = await runCli(['config', 'show', '--github-token', 'ghp_flag_secret'], { env, cwd });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/githubToken\s+\*\*\*\s+flag --github-token/);
    expect(human.stdout + human.stderr).not.toContain('ghp_flag_secret');
  });

  it('an invalid value exits 40 naming the key and its source', async () => {
    const env = { ...sb.env, PYEMBED_TIMEOUT_MS: 'soon' };
    const r = await runCli(['config', 'show', '--json'], { env });
    expect(r.code).toBe(40);
    const { error } = r.json<{ error: Record<string, unknown> }>();
    expect(error).toMatchObject({
      name: 'ConfigurationError',
      exitCode: 40,
      key: 'timeoutMs',
      source: 'env PYEMBED_TIMEOUT_MS',
    });
    expect(r.stderr).toContain('"timeoutMs" from env PYEMBED_TIMEOUT_MS');

    const flag = await runCli(['resolve', '3.12', '--json', '--build', 'latest'], { env: sb.env });
    expect(flag.code).toBe(40);
    expect(flag.json<{ error: Record<string, unknown> }>().error).toMatchObject({
      key: 'build',
      source: 'flag --build',
    });
  });

  it('NO_COLOR and non-TTY output carry no escape codes', async () => {
    const r = await runCli(['config', 'show', '--retries', 'x'], {
      env: { ...sb.env, FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(r.code).toBe(40);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/\u001b\[/);
    const colored = await runCli(['config', 'show', '--retries', 'x'], {
      env: { ...sb.env, FORCE_COLOR: '1' },
    });
    // eslint-disable-next-line no-control-regex
    expect(colored.stderr).toMatch(/\u001b\[31merror:/);
  });
});
