// The hand-written section at the end of docs/benchmarks.md survives a rerun of the bench.
import { describe, expect, it } from 'vitest';
import { KEPT_HEADING, withKeptSection } from '../bench/report.js';

describe('the kept section of the bench report', () => {
  const kept = `${KEPT_HEADING}\n\n- Node 24: 92 MB peak\n`;
  const old = `# Benchmarks\n\nold table\n\n${kept}`;

  it('carries the previous report’s kept section over to the new one, once', () => {
    const next = withKeptSection('# Benchmarks\n\nnew table\n', old);
    expect(next).toBe(`# Benchmarks\n\nnew table\n\n${kept}`.replace('\n\n\n', '\n\n'));
    expect(next).not.toContain('old table');
    expect(withKeptSection('# Benchmarks\n\nnewer\n', next).split(KEPT_HEADING)).toHaveLength(2);
  });

  it('writes the new report alone when there was none or it had no kept section', () => {
    expect(withKeptSection('new\n', undefined)).toBe('new\n');
    expect(withKeptSection('new\n', '# Benchmarks\n\nold table\n')).toBe('new\n');
  });
});
