/**
 * Poetry's version constraints (`[tool.poetry.dependencies] python = "^3.10"`) as PEP 440 specifiers,
 * the form the spec grammar takes: `^3.10` -> `>=3.10,<4.0`, `~3.10` -> `>=3.10,<3.11`, `3.10.*` ->
 * `==3.10.*`, `>=3.9 <3.13` -> `>=3.9,<3.13`. An `a || b` union has no PEP 440 form: its last
 * alternative (poetry files list them oldest first) is taken. Undefined for `*` and unreadable text.
 */
const NUMS = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;

function caret(v: string): string | undefined {
  const m = NUMS.exec(v);
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major > 0 || m[2] === undefined) return `>=${v},<${major + 1}.0`;
  const minor = Number(m[2]);
  if (minor > 0 || m[3] === undefined) return `>=${v},<0.${minor + 1}`;
  return `>=${v},<0.0.${Number(m[3]) + 1}`;
}

function tilde(v: string): string | undefined {
  const m = NUMS.exec(v);
  if (!m) return undefined;
  if (m[2] === undefined) return `>=${v},<${Number(m[1]) + 1}`;
  return `>=${v},<${m[1]}.${Number(m[2]) + 1}`;
}

function clause(c: string): string | undefined {
  if (c.startsWith('^')) return caret(c.slice(1).trim());
  if (c.startsWith('~') && !c.startsWith('~=')) return tilde(c.slice(1).trim());
  if (/^(===|==|!=|<=|>=|~=|<|>)/.test(c)) return c.replace(/\s+/g, '');
  if (c.endsWith('.*')) return `==${c}`;
  const m = NUMS.exec(c);
  if (!m) return undefined;
  // poetry's bare `3.10` means 3.10.*; a bare patch is that version
  return m[3] === undefined ? `==${c}.*` : `==${c}`;
}

export function poetryToPep440(constraint: string): string | undefined {
  const alternatives = constraint.split('||').map((a) => a.trim());
  const last = alternatives[alternatives.length - 1];
  if (!last || last === '*') return undefined;
  // clauses are separated by commas or spaces; an operator may have a space before its version
  const clauses = last
    .replace(/(===|==|!=|<=|>=|~=|<|>|\^|~)\s+/g, '$1')
    .split(/[\s,]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (const c of clauses) {
    const pep = clause(c);
    if (!pep) return undefined;
    out.push(pep);
  }
  return out.join(',');
}
