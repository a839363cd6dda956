import type { Basics } from '../resume/schema';
import type { ImportWarning, SourceLine } from './source-line';
import { parseLinkLabel, parseLinkPart, splitParts } from './recognize-links';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const LOCATION = /^[\p{L} .'-]+,\s*[\p{L} .'-]+$/u;

/** The lines above the first heading: name first, then contact items in any order. */
export function recognizeHeader(lines: SourceLine[], warnings: ImportWarning[]): { basics: Basics; unplaced: SourceLine[] } {
  const unplaced: SourceLine[] = [];
  const [first, ...rest] = lines;
  const basics: Basics = { name: first ? stripMarkup(first.text) : '', links: [] };
  for (const line of rest) {
    const leftovers: string[] = [];
    for (const part of splitParts(line.text)) {
      if (EMAIL.test(part.replace(/^mailto:/i, ''))) basics.email ??= part.replace(/^mailto:/i, '');
      else if (PHONE.test(part) && part.replace(/\D/g, '').length >= 7) basics.phone ??= part;
      else {
        const link = parseLinkPart(part) ?? parseLinkLabel(part);
        if (link) basics.links.push(link);
        else if (!basics.location && LOCATION.test(part)) basics.location = part;
        else if (!basics.headline && rest.indexOf(line) === 0 && splitParts(line.text).length === 1) basics.headline = stripMarkup(part);
        else leftovers.push(part);
      }
    }
    if (leftovers.length) {
      warnings.push({ lineNo: line.lineNo, line: line.text, reason: `not recognized as contact details: ${leftovers.join(' | ')}` });
      unplaced.push({ ...line, text: leftovers.join(' | ') });
    }
  }
  return { basics, unplaced };
}

export function stripMarkup(s: string): string {
  return s
    .replace(/^#+\s*/, '')
    .replace(/\*\*\*(.+?)\*\*\*/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .trim();
}
