/**
 * Baseline for `npm run eval:import`: the resume parser of OpenResume (open-resume.com/resume-parser), written
 * here from its published description because it is not on the npm registry. (The one npm "resume parser",
 * resume-parser@1.1.0, downloads GitHub and LinkedIn pages over the network and returns each section as one text
 * blob, so it cannot be run here nor scored on entries.) The algorithm: text items -> lines -> sections (a title
 * line is one bold item in capitals) -> subsections (a line gap 1.4x the typical one, else bold lines) -> per
 * attribute, a feature score over each item (keywords, bold, dates); descriptions are the lines from the first
 * bullet on. It reads PDF only.
 */
import type { ParsedResume } from '../src/core/import/answer-key';
import type { PdfItem, PdfPage } from '../src/core/import/pdf-layout';
import { parseDateRange } from '../src/core/import/recognize-dates';

type Line = PdfItem[];

const BULLETS = ['⋅', '∙', '🞄', '•', '⦁', '⚫', '●', '⬤', '⚬', '○'];
const JOB_TITLES =
  /\b(Accountant|Administrator|Advisor|Agent|Analyst|Apprentice|Architect|Assistant|Associate|Auditor|Bartender|Biologist|Bookkeeper|Buyer|Carpenter|Cashier|CEO|Clerk|Co-op|Co-Founder|Consultant|Coordinator|CTO|Developer|Designer|Director|Driver|Editor|Electrician|Engineer|Extern|Founder|Freelancer|Head|Helper|Intern|Janitor|Journalist|Laborer|Lawyer|Lead|Manager|Mechanic|Member|Nurse|Officer|Operator|Operation|Photographer|President|Producer|Recruiter|Representative|Researcher|Sales|Server|Scientist|Specialist|Supervisor|Teacher|Technician|Trader|Trainee|Treasurer|Tutor|Vice|VP|Volunteer|Webmaster|Worker)s?\b/;
const SCHOOLS = /\b(College|University|Institute|School|Academy|BASIS|Magnet)\b/;
const DEGREES = /\b(Associate|Bachelor|Master|PhD|Ph\.)\b|^[ABM][A-Z.]/;
const YEAR = /(?:19|20)\d{2}/;
const MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
const SEASON = /\b(Summer|Fall|Spring|Winter)\b/i;
const PRESENT = /\bPresent\b/i;

type Feature = [(it: PdfItem) => boolean, number];

function best(items: PdfItem[], features: Feature[]): string {
  let top = '';
  let topScore = 0;
  for (const it of items) {
    const s = features.reduce((sum, [test, w]) => sum + (test(it) ? w : 0), 0);
    if (s > topScore) [top, topScore] = [it.text, s];
  }
  return top.trim();
}

const hasDate = (it: PdfItem) =>
  YEAR.test(it.text) || MONTH.test(it.text) || SEASON.test(it.text) || PRESENT.test(it.text);

function toLines(pages: PdfPage[]): Line[] {
  const lines: Line[] = [];
  for (const p of pages) {
    const items = p.items.filter((i) => i.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
    for (const it of items) {
      const line = lines[lines.length - 1];
      const last = line?.[line.length - 1];
      if (line && last && Math.abs(last.y - it.y) < 1) {
        // Adjacent items closer than a typical character's width are one item, as in OpenResume.
        const charWidth = last.width / Math.max(1, last.text.length);
        if (it.x - (last.x + last.width) <= charWidth && !!it.bold === !!last.bold)
          line[line.length - 1] = {
            ...last,
            text: `${last.text}${it.x - (last.x + last.width) > 0.5 ? ' ' : ''}${it.text}`,
            width: it.x + it.width - last.x,
          };
        else line.push(it);
      } else lines.push([it]);
    }
  }
  return lines;
}

function isTitleLine(line: Line): boolean {
  const only = line.length === 1 ? line[0] : undefined;
  if (!only) return false;
  const t = only.text.trim();
  return !!only.bold && /[A-Z]/.test(t) && t === t.toUpperCase();
}

const KEYWORDS =
  /^(experience|education|project|skill|work|employment|profile|summary|objective|certification|language)/i;

function sections(lines: Line[]): Map<string, Line[]> {
  const out = new Map<string, Line[]>([['profile', []]]);
  let current = 'profile';
  const titled = lines.some(isTitleLine);
  for (const line of lines) {
    const text = line
      .map((i) => i.text)
      .join(' ')
      .trim();
    const fallback =
      !titled && line.length === 1 && KEYWORDS.test(text) && /^[A-Z]/.test(text) && text.split(/\s+/).length <= 3;
    if (isTitleLine(line) || fallback) {
      current = text.toLowerCase();
      out.set(current, []);
    } else out.get(current)?.push(line);
  }
  return out;
}

function subsections(lines: Line[]): Line[][] {
  const gaps = lines.slice(1).map((l, i) => Math.round(((lines[i]?.[0]?.y ?? 0) - (l[0]?.y ?? 0)) * 10) / 10);
  const count = new Map<number, number>();
  for (const g of gaps) count.set(g, (count.get(g) ?? 0) + 1);
  const typical = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  let subs: Line[][] = [];
  lines.forEach((l, i) => {
    if (i === 0 || (gaps[i - 1] ?? 0) > typical * 1.4) subs.push([]);
    subs[subs.length - 1]?.push(l);
  });
  if (subs.length <= 1) {
    subs = [];
    for (const l of lines) {
      if (!subs.length || (l[0]?.bold && !BULLETS.some((b) => l[0]?.text.startsWith(b)))) subs.push([]);
      subs[subs.length - 1]?.push(l);
    }
  }
  return subs;
}

function descriptionStart(lines: Line[]): number {
  const i = lines.findIndex((l) => BULLETS.some((b) => l[0]?.text.trim().startsWith(b)));
  if (i >= 0) return i;
  const long = lines.findIndex(
    (l) =>
      l
        .map((x) => x.text)
        .join(' ')
        .split(/\s+/).length >= 8,
  );
  return long >= 0 ? long : lines.length;
}

function descriptions(lines: Line[]): string[] {
  const text = lines.map((l) => l.map((i) => i.text).join(' ')).join(' ');
  const re = new RegExp(`[${BULLETS.join('')}]`);
  if (!re.test(text))
    return lines.map((l) =>
      l
        .map((i) => i.text)
        .join(' ')
        .trim(),
    );
  return text
    .split(re)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function dates(raw: string): { start?: string; end?: string } {
  return parseDateRange(raw.replace(/\s*-{2,}\s*/g, ' – ').trim()) ?? {};
}

export function openResumeParse(pages: PdfPage[]): ParsedResume {
  const secs = sections(toLines(pages));
  const profile = (secs.get('profile') ?? []).flat();
  const name = best(profile, [
    [(i) => /^[a-zA-Z\s.]+$/.test(i.text.trim()), 3],
    [(i) => !!i.bold, 2],
    [(i) => i.text.trim() === i.text.trim().toUpperCase(), 2],
    [(i) => /@/.test(i.text), -4],
    [(i) => /\d/.test(i.text), -4],
    [(i) => /,/.test(i.text), -4],
    [(i) => /\//.test(i.text), -4],
  ]);
  const all = profile.map((i) => i.text).join(' ');
  const email = /\S+@\S+\.\S+/.exec(all)?.[0];
  const phone = /\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{4}/.exec(all)?.[0];
  const entries: ParsedResume['entries'] = [];
  for (const [title, lines] of secs) {
    const kind = /educ/.test(title)
      ? 'education'
      : /work|experience|employment|job|history/.test(title)
        ? 'work'
        : /project/.test(title)
          ? 'project'
          : null;
    if (!kind) continue;
    for (const sub of subsections(lines)) {
      const d = descriptionStart(sub);
      const info = sub.slice(0, d).flat();
      const date = best(info, [
        [hasDate, 1],
        [(i) => YEAR.test(i.text), 1],
        [(i) => PRESENT.test(i.text), 1],
      ]);
      const bullets = descriptions(sub.slice(d));
      if (kind === 'education')
        entries.push({
          title: best(info, [
            [(i) => DEGREES.test(i.text), 4],
            [(i) => SCHOOLS.test(i.text), -4],
            [hasDate, -4],
          ]),
          organization: best(info, [
            [(i) => SCHOOLS.test(i.text), 4],
            [(i) => DEGREES.test(i.text), -4],
            [hasDate, -4],
          ]),
          ...dates(date),
          bullets,
        });
      else if (kind === 'work')
        entries.push({
          title: best(info, [
            [(i) => JOB_TITLES.test(i.text), 4],
            [(i) => i.text.trim().split(/\s+/).length > 5, -2],
            [hasDate, -4],
          ]),
          organization: best(info, [
            [(i) => !!i.bold, 2],
            [(i) => JOB_TITLES.test(i.text), -4],
            [hasDate, -4],
          ]),
          ...dates(date),
          bullets,
        });
      else
        entries.push({
          title: best(info, [
            [(i) => !!i.bold, 2],
            [hasDate, -4],
          ]),
          ...dates(date),
          bullets,
        });
    }
  }
  return { contacts: { name, email, phone }, entries };
}
