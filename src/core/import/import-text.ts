import { headingText } from './classify-heading';
import { recognizeResume, type RecognizeResult } from './recognize-structure';
import type { SourceLine } from './source-line';

const BULLET = /^\s*(?:[-*•▪◦●‣]|\d{1,2}[.)])\s+/;

/** Plain text or Markdown (the seed's format) -> lines with roles -> the shared recognizer. */
export function importText(text: string): RecognizeResult {
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 8192)))
    return { ok: false, error: 'the file is binary, not text', warnings: [] };
  return recognizeResume(textToLines(text));
}

export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .forEach((raw, i) => {
      const lineNo = i + 1;
      if (!raw.trim()) return;
      // A wrapped bullet continues on an indented line.
      const prev = out[out.length - 1];
      if (prev?.role === 'bullet' && /^\s{2,}\S/.test(raw) && !BULLET.test(raw)) {
        prev.text = `${prev.text} ${raw.trim()}`;
        return;
      }
      if (BULLET.test(raw)) {
        out.push({ text: raw.replace(BULLET, '').trim(), lineNo, role: 'bullet' });
        return;
      }
      const heading = headingText(raw);
      if (heading) {
        out.push({ text: heading, lineNo, role: 'heading' });
        return;
      }
      const tab = raw.lastIndexOf('\t');
      if (tab > 0 && raw.slice(tab + 1).trim() && raw.slice(0, tab).trim())
        out.push({ text: raw.slice(0, tab).trim(), lineNo, role: 'text', right: raw.slice(tab + 1).trim() });
      else out.push({ text: raw.trim(), lineNo, role: 'text' });
    });
  return out;
}
