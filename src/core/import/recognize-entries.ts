import { parseInlineMarkdown } from '../resume/rich-text';
import type { Bullet, Entry, SectionKind } from '../resume/schema';
import type { IdAllocator } from './make-ids';
import { parseDateRange, splitTrailingDates, type DateRange } from './recognize-dates';
import { stripMarkup } from './recognize-header';
import { parseLinkLabel, parseLinkPart, parseLinksLine, splitParts } from './recognize-links';
import type { ImportWarning, SourceLine } from './source-line';

const TECH_SUFFIX = /^(.*?)\s*\|\s*\*([^*]+)\*\s*$/;
const LOCATION = /^([\p{L}0-9 .'-]+,\s*[\p{L} .'-]+|remote|hybrid|on-?site)$/iu;

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
      entries.push(buildEntry(kind, sectionId, header, bullets, ids, warnings));
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
    const tech = TECH_SUFFIX.exec(rest);
    if (tech?.[1] !== undefined && tech[2]) {
      entry.tech.push(...splitTech(tech[2]));
      rest = tech[1];
    }
    // "Engineer | Company | Remote" or "Engineer, Company — Remote": the first part is this line's text, the others
    // are recognized on their own.
    const parts = splitParts(rest).flatMap((p) => p.split(/\s+[—–]\s+/));
    const [head, ...others] = parts.length ? parts : [rest];
    plain.push({ ...line, text: stripMarkup(head ?? '') });
    for (const p of others) {
      const link = parseLinkPart(p) ?? parseLinkLabel(p);
      if (link) entry.links.push(link);
      else if (/^\*[^*]+\*$/.test(p)) entry.tech.push(...splitTech(p.slice(1, -1)));
      else plain.push({ ...line, text: stripMarkup(p) });
    }
  }
  if (dates) Object.assign(entry, dates);
  assignPlainLines(
    kind,
    entry,
    plain.filter((l) => l.text),
    warnings,
  );

  const idSource = kind === 'education' ? entry.organization || entry.title : entry.title || entry.organization || '';
  entry.id = ids.take(idSource, `${sectionId}-entry`, 40);
  entry.bullets = bulletLines.map((b, i): Bullet => ({
    id: ids.take(`${entry.id}-${i + 1}`, `${entry.id}-${i + 1}`, 80),
    text: parseInlineMarkdown(b.text.trim()),
  }));
  return entry;
}

/**
 * Field order by section kind: a job reads role, company, place; a school reads institution, degree, place.
 * Lines past those become the entry's summary, with a warning so the person can check them.
 */
function assignPlainLines(kind: SectionKind, entry: Entry, lines: SourceLine[], warnings: ImportWarning[]): void {
  const queue = [...lines];
  const take = () => queue.shift()?.text;
  const locationLast = () => {
    const last = queue[queue.length - 1];
    if (last && !entry.location && LOCATION.test(last.text)) {
      entry.location = last.text;
      queue.pop();
    }
  };
  if (kind === 'education') {
    entry.organization = take();
    locationLast();
    entry.title = take() ?? '';
    // "Northeastern University, B.S. Computer Science" on one line: school first, then the degree.
    const m = !entry.title && entry.organization ? /^(.+?),\s+(.+)$/.exec(entry.organization) : null;
    if (m?.[1] && m[2]) [entry.organization, entry.title] = [m[1], m[2]];
  } else if (kind === 'experience') {
    entry.title = take() ?? '';
    locationLast();
    entry.organization = take();
    // "Lead iOS Developer, Harbor Health" on one line: the role, then the employer after the last comma.
    const m = entry.organization === undefined ? /^(.+),\s+([^,]+)$/.exec(entry.title) : null;
    if (m?.[1] && m[2]) [entry.title, entry.organization] = [m[1], m[2]];
  } else {
    entry.title = take() ?? '';
    locationLast();
    if (kind !== 'projects' && queue.length) {
      const line = queue[0];
      entry.organization = take();
      // In a section we do not know, a second line is only a guess at the organization: say so.
      if (kind === 'custom' && line)
        warnings.push({
          lineNo: line.lineNo,
          line: line.text,
          reason: `unknown structure: kept as the second line of "${entry.title || 'an entry'}"`,
        });
    }
  }
  if (entry.organization === undefined) delete entry.organization;
  if (queue.length) {
    entry.summary = queue.map((l) => l.text).join(' ');
    for (const l of queue)
      warnings.push({
        lineNo: l.lineNo,
        line: l.text,
        reason: `kept as the description of "${entry.title || entry.organization || 'an entry'}"`,
      });
  }
}

function splitTech(s: string): string[] {
  return s
    .split(/\s*[,;]\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
}
