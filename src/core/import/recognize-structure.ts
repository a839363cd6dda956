import { RESUME_SCHEMA_VERSION, type Resume, type Section, type SkillGroup } from '../resume/schema';
import { validateResume } from '../resume/validate-resume';
import { classifyHeading } from './classify-heading';
import { IdAllocator } from './make-ids';
import { recognizeEntries } from './recognize-entries';
import { bulletText, stripMarkup, takeLinks } from './field-markup';
import { addContactLines, recognizeHeader } from './recognize-header';
import type { EntryCertainty, ImportWarning, SourceLine } from './source-line';
import { importVerdict } from './import-verdict';

const PLAIN_BASICS_HEADING =
  /^(professional |career |executive )?(summary|profile|objective|about( me)?|overview|contact( info(rmation)?| details)?)$/i;

export type RecognizeResult =
  | { ok: true; resume: Resume; warnings: ImportWarning[]; certainty: EntryCertainty[]; verdict: string }
  | { ok: false; error: string; warnings: ImportWarning[] };

/**
 * Lines of any format -> a master resume. The one set of rules the text, DOCX and PDF importers share.
 * Nothing is dropped: what fits no rule lands in an "Other" section and is listed in the warnings.
 */
export function recognizeResume(input: SourceLine[]): RecognizeResult {
  // A bullet has no right-margin field: text at its right ("Best paper award ... 2021") stays in the bullet.
  const lines = input
    .filter((l) => l.text.trim().length > 0 || !!l.right?.trim())
    .map((l) => (l.role === 'bullet' ? inlineRight(l) : l));
  // The first line is the name even when styled as a heading ("# Priya Raman"), unless it names a section.
  const top = lines[0];
  if (top?.role === 'heading' && classifyHeading(top.text) === 'custom') lines[0] = { ...top, role: 'text' };
  const warnings: ImportWarning[] = [];
  if (!lines.length) return { ok: false, error: 'the file has no text to import', warnings };

  // A headline set as large as the headings ("Restaurant General Manager" under the name) is not a section: the
  // header runs to the first heading that names one, when that comes within the first few lines.
  let firstHeading = lines.findIndex((l) => l.role === 'heading');
  const known = lines.findIndex((l) => l.role === 'heading' && classifyHeading(l.text) !== 'custom');
  if (
    firstHeading > 0 &&
    known > firstHeading &&
    known <= 6 &&
    classifyHeading(lines[firstHeading]?.text ?? '') === 'custom'
  )
    for (let i = firstHeading; i < known; i++) {
      const l = lines[i];
      if (l?.role === 'heading') lines[i] = { ...l, role: 'text' };
    }
  if (known > firstHeading && known <= 6) firstHeading = known;
  const headerLines = firstHeading === -1 ? lines.slice(0, 1) : lines.slice(0, firstHeading);
  // A header line's right-margin text (a phone, an email, an address) is read as one more contact line.
  const headerInput = headerLines.flatMap((l) =>
    l.right
      ? [
          { ...l, right: undefined },
          { text: l.right, lineNo: l.lineNo },
        ]
      : [inlineRight(l)],
  );
  const { basics, unplaced } = recognizeHeader(headerInput, warnings);
  if (!basics.name) return { ok: false, error: 'no name found at the top of the resume', warnings };

  const ids = new IdAllocator();
  const certainty: EntryCertainty[] = [];
  const sections: Section[] = [];
  const skills: SkillGroup[] = [];
  const summary: string[] = [];
  const body = firstHeading === -1 ? lines.slice(1) : lines.slice(firstHeading);
  if (firstHeading === -1 && body.length)
    warnings.push({
      lineNo: body[0]?.lineNo ?? 1,
      line: body[0]?.text ?? '',
      reason: 'no section headings found; the lines went into one section',
    });

  for (const { heading, lines: sectionLines } of groupBySection(body)) {
    const title = heading ? stripMarkup(heading.text) : 'Other';
    const kind = classifyHeading(title);
    // The summary and the contact details have no heading of their own in a master: say so when the person's
    // heading was more than the plain word, so its wording is not lost without a word.
    if ((kind === 'summary' || kind === 'contact') && heading && !PLAIN_BASICS_HEADING.test(title))
      warnings.push({
        lineNo: heading.lineNo,
        line: heading.text,
        reason: `read as the ${kind === 'summary' ? 'summary' : 'contact details'}; the heading's own wording is not kept`,
      });
    if (kind === 'summary') {
      const read = sectionLines.map((l) => ({ line: l, ...takeLinks(inlineRight(l).text) }));
      summary.push(read.map((r) => r.text).join(' '));
      // The summary is plain text: an address it linked to is not lost without a word.
      for (const r of read)
        for (const link of r.links)
          warnings.push({
            lineNo: r.line.lineNo,
            line: r.line.text,
            reason: `the summary's link "${link.label}" keeps its text; its address ${link.url ?? ''} is not kept`,
          });
      continue;
    }
    if (kind === 'contact') {
      unplaced.push(...addContactLines(basics, sectionLines.map(inlineRight), warnings));
      continue;
    }
    const id = ids.take(kind === 'custom' ? title : kind, 'section', 40);
    if (kind === 'skills') {
      skills.push(...recognizeSkillGroups(sectionLines, title, ids, warnings, unplaced));
      sections.push({ id, kind, title, entries: [] });
      continue;
    }
    sections.push({ id, kind, title, entries: recognizeEntries(kind, id, sectionLines, ids, warnings, certainty) });
  }

  if (unplaced.length) {
    const read = unplaced.map((l) => bulletText(l.text));
    const id = ids.take('other', 'other', 40);
    sections.push({
      id,
      kind: 'custom',
      title: 'Other',
      entries: [
        {
          id: ids.take('other-lines', 'other-lines'),
          title: '',
          tech: [],
          links: read.flatMap((r) => r.links),
          bullets: read.map((r, i) => ({
            id: ids.take(`other-line-${i + 1}`, `other-line-${i + 1}`),
            text: r.text,
          })),
        },
      ],
    });
  }

  const resume = {
    schemaVersion: RESUME_SCHEMA_VERSION,
    basics,
    ...(summary.length ? { summary: summary.join('\n\n') } : {}),
    skills,
    sections,
  };
  const checked = validateResume(resume);
  if (!checked.ok)
    return {
      ok: false,
      error: `the recognized resume is not valid: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      warnings,
    };
  return { ok: true, resume: checked.resume, warnings, certainty, verdict: importVerdict(certainty) };
}

/** Right-margin text where no rule reads it on its own: kept on the line, never dropped. */
function inlineRight(line: SourceLine): SourceLine {
  if (!line.right) return line;
  const { right, ...rest } = line;
  return { ...rest, text: rest.text.trim() ? `${rest.text} | ${right}` : right };
}

function groupBySection(lines: SourceLine[]): { heading: SourceLine | null; lines: SourceLine[] }[] {
  const out: { heading: SourceLine | null; lines: SourceLine[] }[] = [];
  for (const line of lines) {
    // Text at the right of a heading (rare: "EXPERIENCE  2015 – 2024") opens the section's body rather than vanish.
    if (line.role === 'heading')
      out.push({ heading: line, lines: line.right ? [{ text: line.right, lineNo: line.lineNo, role: 'text' }] : [] });
    else {
      if (!out.length) out.push({ heading: null, lines: [] });
      out[out.length - 1]?.lines.push(line);
    }
  }
  return out;
}

/** "Low-Level & Systems: C, C++, CUDA" -> a group; commas inside parentheses stay inside one item. */
function recognizeSkillGroups(
  lines: SourceLine[],
  sectionTitle: string,
  ids: IdAllocator,
  warnings: ImportWarning[],
  unplaced: SourceLine[],
): SkillGroup[] {
  const groups: SkillGroup[] = [];
  for (const line of lines) {
    // A table's "Languages | Go, Python" row: the left cell is the label.
    const read = takeLinks(line.right ? `${line.text}\u0000${line.right}` : line.text);
    for (const link of read.links)
      warnings.push({
        lineNo: line.lineNo,
        line: line.text,
        reason: `the skill "${link.label}" keeps its text; its link address ${link.url ?? ''} is not kept`,
      });
    const [left = '', right] = read.text.split('\u0000');
    const text = right ? (left.includes(':') ? `${left}, ${right}` : `${left}: ${right}`) : left;
    const m = /^([^:]{1,60}):\s*(.+)$/.exec(text);
    const label = m?.[1]?.trim() ?? sectionTitle;
    const items = splitItems(m?.[2] ?? text);
    if (!items.length) {
      warnings.push({ lineNo: line.lineNo, line: line.text, reason: 'a skills line with no skills in it' });
      unplaced.push(line);
      continue;
    }
    if (!m)
      warnings.push({
        lineNo: line.lineNo,
        line: line.text,
        reason: `no "Label:" before the skills; filed under "${sectionTitle}"`,
      });
    groups.push({ id: ids.take(`skills-${label}`, 'skills-group'), label, items });
  }
  return groups;
}

function splitItems(s: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  // "Python • SQL • Tableau", "Excel | Power BI", table cells read as one row: other separators, when no comma is used.
  const seps = /[,;]/.test(s) ? [',', ';'] : ['|', '•', '·', '▪', '◦'];
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (seps.includes(ch) && depth === 0) {
      if (cur.trim()) items.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) items.push(cur.trim());
  return items;
}
