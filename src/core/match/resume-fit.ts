import type { AnalyzedPosting } from '../job/schema';
import { isStopword } from '../job/stopwords';
import { tokenize } from '../job/tokenize';
import type { Entry, Resume } from '../resume/schema';
import { PART_LABEL } from './match-rate';
import type { BreakdownPart } from './schema';

/**
 * The three parts of the match rate a recruiter reads off the whole resume rather than off its lines: does the
 * job title appear among the person's titles, is the degree asked for there, and do the years of experience
 * asked for add up from the dated entries. Shown beside the headline rate, not counted in it.
 */
export function resumeFit(posting: AnalyzedPosting, resume: Resume): BreakdownPart[] {
  const out: BreakdownPart[] = [];
  const title = titlePart(posting, resume);
  if (title) out.push(title);
  const education = educationPart(posting, resume);
  if (education) out.push(education);
  const years = yearsPart(posting, resume);
  if (years) out.push(years);
  return out;
}

const SENIORITY = new Set([
  'senior',
  'junior',
  'lead',
  'staff',
  'principal',
  'ii',
  'iii',
  'iv',
  'sr',
  'jr',
  'head',
  'associate',
  'chief',
  'level',
]);

function part(
  kind: BreakdownPart['part'],
  share: number,
  items: BreakdownPart['items'],
  detail: string,
): BreakdownPart {
  const s = Math.round(10 * Math.max(0, Math.min(100, share))) / 10;
  return { part: kind, label: PART_LABEL[kind], share: s, literal: s, related: 0, weightInRate: 0, items, detail };
}

function titlePart(posting: AnalyzedPosting, resume: Resume): BreakdownPart | undefined {
  const sec = posting.sections.find((s) => s.kind === 'title');
  if (!sec) return undefined;
  const words = tokenize(posting.text.slice(sec.start, sec.end)).filter(
    (t) => /[a-z]/.test(t.lower) && !isStopword(t.lower) && !SENIORITY.has(t.lower),
  );
  if (!words.length || words.length > 10) return undefined;
  const have = new Set<string>();
  const titles = [
    resume.basics.headline ?? '',
    ...resume.sections.flatMap((s) => (s.kind === 'education' ? [] : s.entries.map((e) => e.title))),
  ];
  for (const t of titles) for (const tok of tokenize(t)) have.add(tok.stem);
  const items = words.map((w) => ({
    term: w.text,
    weight: 1,
    status: have.has(w.stem) ? ('literal' as const) : ('missing' as const),
  }));
  const found = items.filter((i) => i.status === 'literal').length;
  return part(
    'job_title',
    (100 * found) / items.length,
    items,
    `the posting's title "${posting.text.slice(sec.start, sec.end).trim()}": ${found} of its ${items.length} words in your titles`,
  );
}

const LEVELS: [number, string, RegExp][] = [
  [4, 'a doctorate', /\b(ph\.?\s?d|doctorate|doctoral|dphil)\b/i],
  [3, "a master's degree", /\b(master'?s|msc|m\.s\.|mba|msn|m\.eng|meng)\b/i],
  [
    2,
    "a bachelor's degree",
    /\b(bachelor'?s?|bsc|b\.s\.|bsn|b\.a\.|b\.eng|beng|undergraduate degree|4-year degree|college degree|university degree)\b/i,
  ],
  [1, 'an associate degree or diploma', /\b(associate'?s? degree|adn|diploma|hnd|hnc|nvq|a-levels?)\b/i],
];

function levelOf(text: string): number {
  for (const [level, , re] of LEVELS) if (re.test(text)) return level;
  return /\bdegree\b/i.test(text) ? 2 : 0;
}

function educationPart(posting: AnalyzedPosting, resume: Resume): BreakdownPart | undefined {
  // The lowest degree a requirement line names is what it asks for ("BS required, MS preferred").
  let asked = 0;
  for (const sec of posting.sections) {
    if (sec.kind === 'benefits' || sec.kind === 'eeo' || sec.kind === 'about_company') continue;
    for (const line of posting.text.slice(sec.start, sec.end).split('\n')) {
      const l = levelOf(line);
      if (l && (!asked || l < asked)) asked = l;
    }
  }
  if (!asked) return undefined;
  let shown = 0;
  for (const s of resume.sections)
    if (s.kind === 'education')
      for (const e of s.entries)
        shown = Math.max(shown, levelOf(`${e.title} ${e.organization ?? ''} ${e.summary ?? ''}`) || 1);
  const name = (l: number) => LEVELS.find(([x]) => x === l)?.[1] ?? 'no degree';
  const share = shown >= asked ? 100 : shown > 0 ? 50 : 0;
  return part(
    'education',
    share,
    [{ term: name(asked), weight: 1, status: shown >= asked ? 'literal' : 'missing' }],
    `asks for ${name(asked)}; your education shows ${shown ? name(shown) : 'none'}`,
  );
}

const YEARS = /\b(\d{1,2})\s*\+?\s*(?:(?:-|to)\s*\d{1,2}\s*)?(?:years?|yrs?)\b/gi;

function yearsPart(posting: AnalyzedPosting, resume: Resume): BreakdownPart | undefined {
  let asked = 0;
  for (const sec of posting.sections) {
    if (sec.kind !== 'requirements' && sec.kind !== 'intro' && sec.kind !== 'title' && sec.kind !== 'preferred')
      continue;
    for (const m of posting.text.slice(sec.start, sec.end).matchAll(YEARS)) {
      const n = Number(m[1]);
      if (n >= 1 && n <= 25 && (!asked || n < asked || sec.kind === 'requirements')) asked = Math.max(asked, n);
    }
  }
  if (!asked) return undefined;
  const shown = yearsShown(resume.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.entries));
  return part(
    'years',
    (100 * shown) / asked,
    [{ term: `${asked}+ years`, weight: 1, status: shown >= asked ? 'literal' : 'missing' }],
    `asks for ${asked}+ years; your dated experience spans about ${Math.round(shown * 10) / 10}`,
  );
}

/** Years covered by dated entries, overlaps counted once. */
function yearsShown(entries: readonly Entry[]): number {
  const spans: [number, number][] = [];
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const at = (d: string | undefined) => {
    if (!d) return undefined;
    if (d === 'present') return now;
    const [y, m] = d.split('-');
    return Number(y) + (m ? (Number(m) - 1) / 12 : 0);
  };
  for (const e of entries) {
    const a = at(e.start);
    const b = at(e.end ?? (e.start ? 'present' : undefined));
    if (a !== undefined && b !== undefined && b >= a) spans.push([a, b]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}
