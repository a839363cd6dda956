import type { Bullet, Entry, SectionKind } from '../resume/schema';
import { assignEntryFields } from './assign-entry-fields';
import type { IdAllocator } from './make-ids';
import {
  isImplausible,
  parseDateRange,
  splitLeadingDates,
  splitTrailingDates,
  type DateRange,
} from './recognize-dates';
import { bulletText, stripEmphasis, stripMarkup, takeLinks } from './field-markup';
import { degreeScore, orgScore, schoolScore, titleScore } from './score-fields';
import { parseLinkLabel, parseLinkPart, parseLinksLine, splitParts } from './recognize-links';
import type { EntryCertainty, ImportWarning, SourceLine } from './source-line';

const TECH_SUFFIX = /^(.*?)\s*\|\s*\*([^*]+)\*\s*$/;
const LOCATION = /^([\p{L}0-9 .'-]+,\s*[\p{L} .'-]+|remote|hybrid|on-?site)$/iu;
/** One bold or italic stretch of a header line: "**Charge Nurse**, *Oslo University Hospital*, Oslo". */
const STYLED = /(\*\*\*[^*]+\*\*\*|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/;

interface Block {
  header: SourceLine[];
  bullets: SourceLine[];
}

/** Body lines of one section -> entries. A run of plain lines is an entry's header; the "- " lines after it are its bullets. */
export function recognizeEntries(
  kind: SectionKind,
  sectionId: string,
  lines: SourceLine[],
  ids: IdAllocator,
  warnings: ImportWarning[],
  certainties: EntryCertainty[] = [],
): Entry[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of lines) {
    if (line.role === 'bullet') {
      current ??= pushBlock(blocks);
      current.bullets.push(line);
    } else {
      if (!current || current.bullets.length) current = pushBlock(blocks);
      current.header.push(line);
    }
  }
  const entries: Entry[] = [];
  for (const block of blocks) {
    const headers = splitHeaderRun(block.header);
    headers.forEach((header, i) => {
      const bullets = i === headers.length - 1 ? block.bullets : [];
      entries.push(buildEntry(kind, sectionId, header, bullets, ids, warnings, certainties));
    });
  }
  return entries;
}

function pushBlock(blocks: Block[]): Block {
  const b: Block = { header: [], bullets: [] };
  blocks.push(b);
  return b;
}

/**
 * A run of plain lines can hold several entries when they have no bullets (education is typical). Each entry has
 * one date: a date on a line of its own belongs to the line above it, which starts the entry.
 */
function splitHeaderRun(run: SourceLine[]): SourceLine[][] {
  const starts: number[] = [];
  run.forEach((line, i) => {
    if (isBareDateLine(line)) starts.push(Math.max(0, i - 1));
    else if (line.right && parseDateRange(line.right)) starts.push(i);
    else if (splitLeadingDates(stripMarkup(line.text))) starts.push(i);
    else if (splitTrailingDates(line.right ? `${line.text} | ${line.right}` : line.text) && !isLinksLine(line))
      starts.push(i);
  });
  // When every entry's first line is bold throughout ("**University of Michigan**"), the bold lines mark the starts:
  // a date on its own line may then sit under the degree rather than under the school.
  const bold = run.flatMap((line, i) => (/^\*\*[^*]+\*\*$/.test(line.text.trim()) ? [i] : []));
  if (bold.length >= 2 && bold.length === starts.length && bold[0] === 0)
    return bold.map((s, k) => run.slice(s, bold[k + 1] ?? run.length));
  const unique = [...new Set(starts)].sort((a, b) => a - b);
  if (unique.length <= 1) return [run];
  if (unique[0] !== 0) unique[0] = 0;
  return unique.map((s, k) => run.slice(s, unique[k + 1] ?? run.length));
}

function isBareDateLine(line: SourceLine): boolean {
  return !line.right && parseDateRange(stripMarkup(line.text)) !== null;
}

function isLinksLine(line: SourceLine): boolean {
  return parseLinksLine(line.text) !== null;
}

function buildEntry(
  kind: SectionKind,
  sectionId: string,
  header: SourceLine[],
  bulletLines: SourceLine[],
  ids: IdAllocator,
  warnings: ImportWarning[],
  certainties: EntryCertainty[],
): Entry {
  const entry: Entry = { id: '', title: '', tech: [], links: [], bullets: [] };
  const plain: SourceLine[] = [];
  let dates: DateRange | null = null;
  const takeDates = (d: DateRange, line: SourceLine) => {
    if (dates)
      warnings.push({ lineNo: line.lineNo, line: line.text, reason: 'a second date for one entry; kept the first' });
    else dates = d;
  };

  for (const line of header) {
    const links = parseLinksLine(line.text);
    if (links) {
      entry.links.push(...links);
      continue;
    }
    const text = line.text.trim();
    const bare = line.right ? null : parseDateRange(stripMarkup(text));
    if (bare) {
      takeDates(bare, line);
      continue;
    }
    let rest = text;
    if (line.right) {
      const d = parseDateRange(line.right);
      if (d) takeDates(d, line);
      else if (LOCATION.test(line.right.trim()) && !entry.location) entry.location = line.right.trim();
      else if (parseLinksLine(line.right)) entry.links.push(...(parseLinksLine(line.right) ?? []));
      else rest = `${rest} | ${line.right}`;
    }
    const trailing = splitTrailingDates(rest);
    if (trailing) {
      takeDates(trailing.dates, line);
      rest = trailing.rest;
    }
    const leading = splitLeadingDates(stripMarkup(rest)) ? splitLeadingDates(rest) : null;
    if (leading) {
      takeDates(leading.dates, line);
      rest = leading.rest;
    }
    const tech = TECH_SUFFIX.exec(rest);
    if (tech?.[1] !== undefined && tech[2]) {
      entry.tech.push(...splitTech(tech[2]));
      rest = tech[1];
    }
    // "Engineer | Company | Remote" or "Engineer, Company — Remote": the first part is this line's text, the others
    // are recognized on their own.
    // An italic part after a pipe is a tech list ("Tidepool | *Swift, SwiftUI*"); an italic stretch inside one part
    // ("**Charge Nurse**, *Oslo University Hospital*") is a field of its own.
    const parts = splitParts(rest).flatMap((p, i) =>
      splitStyled(p).map((piece, k) => ({ piece, afterPipe: i > 0 && k === 0 })),
    );
    const pieces = parts.flatMap(({ piece, afterPipe }) =>
      piece.split(/\s+[—–]\s+/).map((x, k) => ({ text: x, afterPipe: afterPipe && k === 0 })),
    );
    const [head, ...others] = pieces.length ? pieces : [{ text: rest, afterPipe: false }];
    // A field's own hyperlink ("[Acme](https://acme.com)" as an employer) keeps its address as the entry's link.
    const field = (t: string) => {
      const { text: clean, links } = takeLinks(t);
      entry.links.push(...links);
      plain.push({ ...line, text: clean });
    };
    field(head?.text ?? '');
    for (const { text: p, afterPipe } of others) {
      const link = parseLinkPart(stripEmphasis(p)) ?? parseLinkLabel(stripEmphasis(p));
      // "[Hospital del Mar](https://...)" is the employer with its website, not a link named like one.
      if (link && !(link.url && namesSomething(link.label))) entry.links.push(link);
      else if (afterPipe && /^\*[^*]+\*$/.test(p)) entry.tech.push(...splitTech(stripMarkup(p.slice(1, -1))));
      else field(p);
    }
  }
  const got = dates as DateRange | null;
  if (got && isImplausible(got)) {
    // Kept as printed for the person to fix; a master cannot hold an end before its start as dates.
    const printed = header.map((l) => `${l.text} ${l.right ?? ''}`).join(' ');
    entry.extra = { printedDates: stripMarkup(printed) };
    warnings.push({
      lineNo: header[0]?.lineNo ?? 1,
      line: header[0]?.text ?? '',
      reason: 'the dates end before they start; kept as printed, without dates',
    });
  } else if (got) Object.assign(entry, got);
  const certainty = assignEntryFields(
    kind,
    entry,
    plain.filter((l) => l.text),
    warnings,
  );
  if (!got && (kind === 'experience' || kind === 'education')) {
    certainty.score = Math.max(0, Math.round((certainty.score - 0.2) * 100) / 100);
    certainty.reasons.push('no dates found');
  }

  const idSource = kind === 'education' ? entry.organization || entry.title : entry.title || entry.organization || '';
  entry.id = ids.take(idSource, `${sectionId}-entry`, 40);
  entry.bullets = bulletLines.map((b, i): Bullet => {
    const { text, links } = bulletText(b.text);
    entry.links.push(...links);
    return { id: ids.take(`${entry.id}-${i + 1}`, `${entry.id}-${i + 1}`, 80), text };
  });
  if (!entry.title && !entry.organization && entry.bullets.length) certainty.score = 1;
  certainties.push({
    entryId: entry.id,
    sectionId,
    lineNo: header[0]?.lineNo ?? bulletLines[0]?.lineNo ?? 1,
    ...certainty,
  });
  return entry;
}

function namesSomething(label: string): boolean {
  return titleScore(label) > 0 || orgScore(label) > 0 || schoolScore(label) > 0 || degreeScore(label) > 0;
}

/** A header piece in several styles is several fields: its bold, its italic and its plain stretches. */
function splitStyled(part: string): string[] {
  const pieces = part
    .split(STYLED)
    .map((p) => p.replace(/^(?:[\s,;|—–]|-\s)+|(?:[\s,;|—–]|\s-)+$/g, ''))
    .filter((p) => p && /[\p{L}\p{N}]/u.test(p));
  const styled = pieces.filter((p) => /^\*/.test(p));
  return pieces.length > 1 && styled.length ? pieces : [part];
}

function splitTech(s: string): string[] {
  return s
    .split(/\s*[,;]\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
}
