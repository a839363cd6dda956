/** JSON text -> value, with the line and column of a syntax error, and plain words for files that are not JSON at all. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonText(text: string): JsonTextResult {
  if (text.trim().length === 0) return { ok: false, error: 'the file is empty' };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)))
    return { ok: false, error: 'the file is binary, not JSON text' };
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    let where = '';
    if (lineCol) where = `line ${lineCol[1]}, column ${lineCol[2]}`;
    else if (pos) {
      const { line, column } = lineColumnAt(stripBom(text), Number(pos[1]));
      where = `line ${line}, column ${column}`;
    } else if (/end of JSON input/i.test(message)) {
      const { line, column } = lineColumnAt(stripBom(text), stripBom(text).length);
      where = `line ${line}, column ${column} (the text ends early)`;
    }
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '').split('\n')[0] ?? message;
    return { ok: false, error: `not valid JSON${where ? ` at ${where}` : ''}: ${truncate(reason, 160)}` };
  }
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
