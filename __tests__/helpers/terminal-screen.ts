// What a terminal shows once a program has finished writing: replays carriage returns, newlines and the
// cursor/erase escapes progress bars use (CSI A/B/C/D/G/K/J; colours and modes are dropped), so tests
// assert on the final screen instead of on whichever intermediate frames happened to be drawn.

/** The lines left on screen after replaying `output`, trailing spaces trimmed, trailing empty lines dropped. */
export function finalScreen(output: string): string[] {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = () => (lines[row] ??= []);
  for (let i = 0; i < output.length; i++) {
    const ch = output[i];
    if (ch === '\u001b') {
      i = applyEscape(output, i);
      continue;
    }
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row++;
      col = 0;
      line();
    } else if (ch >= ' ') {
      const l = line();
      while (l.length < col) l.push(' ');
      l[col++] = ch;
    }
  }
  return trimEnd(lines.map((l) => l.join('').trimEnd()));

  /** Applies one escape sequence starting at `start`; returns the index of its last character. */
  function applyEscape(s: string, start: number): number {
    if (s[start + 1] !== '[') return start + 1; // ESC 7 / ESC 8 and other two-character sequences
    let end = start + 2;
    while (end < s.length && !/[@-~]/.test(s[end])) end++;
    const params = s.slice(start + 2, end);
    const n = Number.parseInt(params.replace(/^\?/, ''), 10);
    const count = Number.isNaN(n) ? 1 : n;
    switch (s[end]) {
      case 'A':
        row = Math.max(0, row - count);
        break;
      case 'B':
        row += count;
        break;
      case 'C':
        col += count;
        break;
      case 'D':
        col = Math.max(0, col - count);
        break;
      case 'G':
        col = Math.max(0, count - 1);
        break;
      case 'K':
        eraseInLine(Number.isNaN(n) ? 0 : n);
        break;
      case 'J':
        if (!n) {
          lines.splice(row + 1);
          eraseInLine(0);
        }
        break;
    }
    return end;
  }

  function eraseInLine(mode: number): void {
    const l = line();
    if (mode === 0) l.splice(col);
    else if (mode === 1) for (let c = 0; c <= col && c < l.length; c++) l[c] = ' ';
    else l.length = 0;
  }
}

function trimEnd(lines: string[]): string[] {
  const out = [...lines];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}
