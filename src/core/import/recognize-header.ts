import type { Basics } from '../resume/schema';
import type { ImportWarning, SourceLine } from './source-line';
import { stripEmphasis, stripMarkup, takeLinks } from './field-markup';
import { parseLinkLabel, parseLinkPart, splitParts } from './recognize-links';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const LOCATION = /^[\p{L} .'-]+,\s*[\p{L} .'-]+$/u;

/** The lines above the first heading: name first, then contact items in any order. */
export function recognizeHeader(
  lines: SourceLine[],
  warnings: ImportWarning[],
): { basics: Basics; unplaced: SourceLine[] } {
  // The name is the first line that reads like one: an address or a contact line can sit above it (moderncv
  // puts the street at the top right). With none, the first line is the name.
  const at = Math.max(
    0,
    lines.slice(0, 5).findIndex((l) => looksLikeName(l.text)),
  );
  const first = lines[at];
  const rest = lines.filter((_, i) => i !== at);
  const name = takeLinks(first?.text ?? '');
  const basics: Basics = { name: name.text, links: name.links };
  return { basics, unplaced: addContactLines(basics, rest, warnings, true) };
}

function looksLikeName(text: string): boolean {
  const t = stripMarkup(text);
  const words = t.split(/\s+/);
  return (
    !/[\d@:|/]/.test(t) &&
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|der|den|di|du|la|le|bin|al|el)$/u.test(w))
  );
}

/**
 * A contact item with what a layout puts before it: a label ("Email: ", "Mobile: "), an icon font's glyph or the
 * name it prints as text ("Envelope", "Phone-Alt", "#"). The value is what matches a pattern; the prefix goes.
 */
function contactValue(part: string): string {
  const md = /^\[([^\]]+)\]\((?:tel|callto|mailto):[^)]*\)$/i.exec(part);
  if (md?.[1]) return md[1].trim();
  const isValue = (v: string) => EMAIL.test(v.replace(/^mailto:/i, '')) || isPhone(v) || !!parseLinkPart(v);
  if (isValue(part)) return part;
  const label = /^[\p{L} .-]{1,20}:\s*(.+)$/u.exec(part)?.[1];
  if (label && isValue(label.trim())) return contactValue(label.trim());
  const icon = ICON_PREFIX.exec(part)?.[1];
  if (icon && isValue(icon.trim())) return contactValue(icon.trim());
  return part;
}

/**
 * What an icon prints as in a text layer: a glyph, one letter (an icon font mapped onto ASCII), or the icon's own
 * name. Any other word before a contact is the person's, and stays.
 */
const ICON_PREFIX =
  /^(?:[^\p{L}\p{N}\s+(\[]|\p{L}|(?:envelope|mail|e-?mail|at|phone|telephone|tel|mobile|cell|fax|globe|web|www|link|home|house|map-marker|location|pin|linkedin|github|gitlab|twitter|skype)(?:-(?:alt|o|square|in|fill|solid))*)\s+(.+)$/iu;

function isPhone(part: string): boolean {
  return PHONE.test(part) && part.replace(/\D/g, '').length >= 7;
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
    for (const raw of splitParts(line.text)) {
      const part = contactValue(stripEmphasis(raw));
      // A second email or phone is not dropped: it stays with the lines a person should look at.
      if (EMAIL.test(part.replace(/^mailto:/i, '')) && !basics.email) basics.email = part.replace(/^mailto:/i, '');
      else if (isPhone(part) && !basics.phone) basics.phone = part;
      else {
        const link = parseLinkPart(part) ?? parseLinkLabel(part);
        if (link) basics.links.push(link);
        else if (!basics.location && LOCATION.test(part)) basics.location = part;
        else if (mayHaveHeadline && !basics.headline && rest.indexOf(line) === 0 && splitParts(line.text).length === 1)
        {
          const headline = takeLinks(part);
          basics.headline = headline.text;
          basics.links.push(...headline.links);
        } else leftovers.push(raw);
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
