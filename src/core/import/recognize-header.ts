import type { Basics } from '../resume/schema';
import type { ImportWarning, SourceLine } from './source-line';
import { parseLinkLabel, parseLinkPart, splitParts } from './recognize-links';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const LOCATION = /^[\p{L} .'-]+,\s*[\p{L} .'-]+$/u;

/** The lines above the first heading: name first, then contact items in any order. */
export function recognizeHeader(
  lines: SourceLine[],
  warnings: ImportWarning[],
): { basics: Basics; unplaced: SourceLine[] } {
  const [first, ...rest] = lines;
  const basics: Basics = { name: first ? stripMarkup(first.text) : '', links: [] };
  return { basics, unplaced: addContactLines(basics, rest, warnings, true) };
}

/** Contact items, from the header or a "Contact" section, into basics; returns the lines that were not contact details. */
export function addContactLines(
  basics: Basics,
  rest: SourceLine[],
  warnings: ImportWarning[],
  mayHaveHeadline = false,
): SourceLine[] {
  const unplaced: SourceLine[] = [];
  for (const line of rest) {
    const leftovers: string[] = [];
    for (const part of splitParts(line.text)) {
      // A second email or phone is not dropped: it stays with the lines a person should look at.
      if (EMAIL.test(part.replace(/^mailto:/i, '')) && !basics.email) basics.email = part.replace(/^mailto:/i, '');
      else if (PHONE.test(part) && part.replace(/\D/g, '').length >= 7 && !basics.phone) basics.phone = part;
      else {
        const link = parseLinkPart(part) ?? parseLinkLabel(part);
        if (link) basics.links.push(link);
        else if (!basics.location && LOCATION.test(part)) basics.location = part;
        else if (mayHaveHeadline && !basics.headline && rest.indexOf(line) === 0 && splitParts(line.text).length === 1)
          basics.headline = stripMarkup(part);
        else leftovers.push(part);
      }
    }
    if (leftovers.length) {
      warnings.push({
        lineNo: line.lineNo,
        line: line.text,
        reason: `not recognized as contact details: ${leftovers.join(' | ')}`,
      });
      unplaced.push({ ...line, text: leftovers.join(' | ') });
    }
  }
  return unplaced;
}

export function stripMarkup(s: string): string {
  return s
    .replace(/^#+\s*/, '')
    .replace(/\*\*\*(.+?)\*\*\*/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .trim();
}
