import type { Basics } from '../resume/schema';
import type { ImportWarning, SourceLine } from './source-line';
import { stripEmphasis, stripMarkup, takeLinks } from './field-markup';
import { parseLinkLabel, parseLinkPart, splitParts } from './recognize-links';
import { looksLikePlace, titleScore } from './score-fields';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
/** "Austin, TX", "Cardiff, Wales"; a street address with its number ("Rua das Flores 18, Porto") too. */
const LOCATION = /^(?=\p{L})[\p{L}\d .'#-]+,\s*[\p{L} .'-]+$/u;

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
  // A headline comes after the name; what sits above it (moderncv's address, a contact block) is not one.
  return { basics, unplaced: addContactLines(basics, rest, warnings, at) };
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

const EMAIL_IN = /[^\s@|,;:<>()[\]]+@[^\s@|,;:<>()[\]]+\.[a-z]{2,}/gi;
const PHONE_IN = /(?<![\w/])\+?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s().-]{5,}\d(?![\w/])/g;

/**
 * A part with several contacts and no separator between them, as when table cells or tab stops become one text
 * row ("T +44 7700 900 461 E rhys@example.co.uk"): split where an e-mail or a phone number starts and ends. What
 * is left between them is a label or an icon's letter when it is that short, and stays a piece of its own otherwise.
 */
function splitRun(part: string): string[] {
  const text = stripEmphasis(part);
  // A Markdown link is one value already ("[+47 912 55 018](tel:+4791255018)").
  if (/\]\(/.test(text)) return [part];
  const spans = [...text.matchAll(EMAIL_IN), ...[...text.matchAll(PHONE_IN)].filter((m) => isPhone(m[0].trim()))]
    .map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }))
    .sort((a, b) => a.from - b.from)
    .filter((m, i, all) => i === 0 || m.from >= (all[i - 1]?.to ?? 0));
  if (!spans.length || (spans.length === 1 && spans[0]?.from === 0 && spans[0].to === text.length)) return [part];
  const out: string[] = [];
  let at = 0;
  for (const { from, to } of spans) {
    const before = text.slice(at, from).trim();
    const value = text.slice(from, to).trim();
    // "Email: x", "T x", "✉ x": a label or icon before the value goes with it; contactValue takes it off.
    if (before && ICON_PREFIX.test(`${before} ${value}`)) out.push(`${before} ${value}`);
    else if (before && /^[\p{L} .-]{1,20}:$/u.test(before)) out.push(`${before} ${value}`);
    else {
      if (before) out.push(before);
      out.push(value);
    }
    at = to;
  }
  const after = text.slice(at).trim();
  if (after) out.push(after);
  return out;
}

function isPhone(part: string): boolean {
  return PHONE.test(part) && part.replace(/\D/g, '').length >= 7;
}

/** Contact items, from the header or a "Contact" section, into basics; returns the lines that were not contact details. */
export function addContactLines(
  basics: Basics,
  rest: SourceLine[],
  warnings: ImportWarning[],
  headlineFrom = -1,
): SourceLine[] {
  const unplaced: SourceLine[] = [];
  // Contacts labelled by one letter ("T +44 ...", "E rhys@..."): a place in that line is labelled the same way.
  const lettered = rest.some((l) => /(?:^|\s|\*)\p{Lu}\**\s+(?:\+?\d|[^\s@]+@)/u.test(l.text));
  rest.forEach((line, lineIndex) => {
    const leftovers: string[] = [];
    for (const raw of splitParts(line.text).flatMap(splitRun)) {
      let part = contactValue(stripEmphasis(raw));
      if (lettered && /^\p{Lu}\s+\p{Lu}/u.test(part) && LOCATION.test(part.slice(2))) part = part.slice(2);
      // A second email or phone is not dropped: it stays with the lines a person should look at.
      if (EMAIL.test(part.replace(/^mailto:/i, '')) && !basics.email) basics.email = part.replace(/^mailto:/i, '');
      else if (isPhone(part) && !basics.phone) basics.phone = part;
      else {
        const link = parseLinkPart(part) ?? parseLinkLabel(part);
        if (link) basics.links.push(link);
        // "Registered Nurse, Critical Care" is shaped like "Austin, TX" but names a role: it is the headline.
        else if (!basics.location && LOCATION.test(part) && titleScore(stripMarkup(part)) <= 0) basics.location = part;
        else if (
          headlineFrom >= 0 &&
          lineIndex >= headlineFrom &&
          !basics.headline &&
          splitParts(line.text).length === 1 &&
          // "0184 Oslo", "Norway": the rest of an address, not what the person does.
          !/\d/.test(part) &&
          !looksLikePlace(stripMarkup(part))
        ) {
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
  });
  return unplaced;
}
