// `npm run bench -- --quick` end to end: every row of the report is present and carries numbers, on both
// sides (and the Node floor where a row has one), and the markdown has the machine, the table and a line
// for each missed goal. No timing asserted.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../bench/types.js';
import { repoRoot } from '../test-world/paths.js';

const ROWS = [
  ...['tmpfs', 'disk'].flatMap((fs) =>
    ['cli-curl', 'lib-curl', 'cli-uv', 'lib-uv'].map((v) => `install-${fs}-${v}`),
  ),
  'setup-warm-cli',
  'setup-warm-action',
  'setup-warm-action-kept',
  'setup-warm-action-later',
  'setup-locked',
  'cache-python',
  'noop-cli',
  'noop-action',
  'resolve-warm',
  'resolve-cold',
  'api-calls',
  'session',
  'rss-cli',
  'rss-action',
  'rss-lib',
  'action-start',
  'cli-start',
  'scale-install-stripped',
  'scale-install-full',
  'scale-install-synthetic',
  'scale-setup-6',
  'scale-setup-20',
  'scale-setup-50',
  'inflate-gz',
  'inflate-zst',
];

let dir: string;
let out: string;
let json: string;
let report: BenchReport;
let markdown: string;
let stderr = '';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-harness-'));
  out = path.join(dir, 'benchmarks.md');
  json = path.join(dir, 'benchmarks.json');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'bench', '--', '--quick', '--out', out, '--json', json], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code, stderr).toBe(0);
  report = JSON.parse(await fs.readFile(json, 'utf8')) as BenchReport;
  markdown = await fs.readFile(out, 'utf8');
}, 300_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('npm run bench -- --quick', () => {
  it('produces every row, in a one-iteration run', () => {
    expect(report.options).toEqual({ quick: true, iterations: 1 });
    expect(report.rows.map((r) => r.id).sort()).toEqual([...ROWS].sort());
  });

  it.each(ROWS)('row %s has numbers for ours and the baseline', (id) => {
    const row = report.rows.find((r) => r.id === id)!;
    expect(row.ours.missing, `${row.ours.label}: ${row.ours.missing}`).toBeUndefined();
    expect(row.ours.samples.length).toBeGreaterThan(0);
    for (const x of row.ours.samples) expect(Number.isFinite(x) && x >= 0).toBe(true);
    if (row.baseline) {
      expect(row.baseline.missing, `${row.baseline.label}: ${row.baseline.missing}`).toBeUndefined();
      expect(row.baseline.samples.length).toBeGreaterThan(0);
      for (const x of row.baseline.samples) expect(Number.isFinite(x) && x > 0).toBe(true);
    }
    if (row.floor) {
      expect(row.floor.missing, `${row.floor.label}: ${row.floor.missing}`).toBeUndefined();
      // an install row's floor writes the same files as its baseline (__tests__/bench-floor.test.ts)
      if (row.id.startsWith('install-')) expect(row.floor.label).toContain('files written');
      for (const x of row.floor.samples) expect(Number.isFinite(x) && x > 0).toBe(true);
    }
    expect(row.valueText).not.toBe('not measured');
    if (row.goal.kind !== 'info') expect(typeof row.met).toBe('boolean');
  });

  it('writes the machine, versions, the table and a reason for every missed goal', () => {
    expect(markdown).toMatch(/^# Benchmarks/);
    expect(markdown).toContain(`- cpu: ${os.cpus()[0].model.trim()}`);
    expect(markdown).toMatch(/- kernel: Linux /);
    expect(markdown).toMatch(/- uv: uv 0\.13\.9/);
    expect(markdown).toContain(`- node: ${process.version}`);
    const tableRows = markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(tableRows).toHaveLength(ROWS.length);
    const missed = report.rows.filter((r) => r.met === false);
    for (const r of missed) {
      expect(r.why, r.id).toBeTruthy();
      expect(markdown).toContain(r.why!);
      // a missed goal on a row with a Node floor says where that floor lies
      if (r.floor) expect(r.why, r.id).toContain('Measured floor');
    }
    expect(markdown).toContain('## Goals missed or not measured');
  });
});
