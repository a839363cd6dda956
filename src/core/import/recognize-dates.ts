import type { PartialDate } from '../resume/schema';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEASON_WORD = '(?:(?:spring|summer|fall|autumn|winter)s?)';
/** "Present" and the ways people write it ("till date" in much of South Asia, "to date"). */
const NOW_WORD = '(?:present|current|now|ongoing|today|till date|to date|till now)';
const ONE_DATE = `(?:${MONTH_WORD},?\\s+\\d{4}|${MONTH_WORD}\\s*['’]\\d{2}|${SEASON_WORD}\\s+\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|\\d{4}|${NOW_WORD})`;
const RANGE = new RegExp(`^(${ONE_DATE})(?:\\s*(?:–|—|-|to|until)\\s*(${ONE_DATE}))?$`, 'i');
/** A date or range at the end of a line, after a separator: "Engineer | Feb 2025 – Present". */
const TRAILING = new RegExp(
  `^(.*?)(?:\\s*[|\\t]\\s*|\\s{2,}|,\\s+)(${ONE_DATE}(?:\\s*(?:–|—|-|to|until)\\s*${ONE_DATE})?)$`,
  'i',
);
/** A date or range that opens a line, as in a left date column: "2019–Present Charge Nurse, ...". */
const LEADING = new RegExp(`^(${ONE_DATE}(?:\\s*(?:–|—|-|to|until)\\s*${ONE_DATE})?)\\s+(\\S.*)$`, 'i');

const DURATION = /\s*(?:\(|[·•|]\s*)\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s*\d+\s*(?:months?|mos?))?\)?$/i;
const SHORT_END = /^((?:19|20)\d{2})\s*(?:–|—|-)\s*(\d{2})$/;

export interface DateRange {
  start?: PartialDate;
  end?: PartialDate;
}

/** "Feb 2025 – April 2025" -> {start: "2025-02", end: "2025-04"}; a lone date is the end (a graduation, a "Present"). */
export function parseDateRange(raw: string): DateRange | null {
  const text = raw
    .trim()
    // LinkedIn's "Jan 2020 - Present (3 years 2 months)" / "· 3 yrs": the length follows from the dates.
    .replace(DURATION, '')
    // "Expected May 2025", "Class of 2020": a graduation still to come or long past is its date.
    .replace(/^(?:expected|anticipated|graduat(?:ing|ed|ion)|class of)[:\s]+/i, '');
  const since = /^since\s+(.+)$/i.exec(text);
  if (since?.[1]) {
    const d = parseDateRange(since[1]);
    return d?.end && !d.start && d.end !== 'present' ? { start: d.end, end: 'present' } : null;
  }
  // "2019–21": the end year written with two digits, in the start's century.
  const short = SHORT_END.exec(text.trim());
  // "1998-02" is February 1998 (ISO); "2019-21" has no month 21.
  const iso = !!short && /^\d{4}-\d{2}$/.test(text.trim()) && Number(short[2]) <= 12;
  if (short?.[1] && short[2] && !iso) {
    const end = `${short[1].slice(0, 2)}${short[2]}`;
    return end >= short[1] ? { start: short[1], end } : null;
  }
  const m = RANGE.exec(text.trim());
  if (!m || !m[1]) return null;
  const a = parseOneDate(m[1]);
  if (!a) return null;
  if (!m[2]) return { end: a };
  const b = parseOneDate(m[2]);
  if (!b || a === 'present') return null;
  return { start: a, end: b };
}

/** Splits "Title | Feb 2025 – Present" into the title and its dates; null when the line has no trailing date. */
export function splitTrailingDates(text: string): { rest: string; dates: DateRange } | null {
  const m = TRAILING.exec(text.trim());
  if (!m || !m[1] || !m[2] || !m[1].trim()) return null;
  const dates = parseDateRange(m[2]);
  return dates ? { rest: m[1].trim(), dates } : null;
}

/** Splits "2019–Present Charge Nurse" into its dates and the rest; null when the line opens with no date. */
export function splitLeadingDates(text: string): { rest: string; dates: DateRange } | null {
  const m = LEADING.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const dates = parseDateRange(m[1]);
  return dates ? { rest: m[2].trim(), dates } : null;
}

/** "Nov 2021 – May 2021" as printed: an end before its start, which the master cannot hold as dates. */
export function isImplausible(d: DateRange): boolean {
  return !!d.start && !!d.end && d.start !== 'present' && d.end !== 'present' && d.end < d.start.slice(0, d.end.length);
}

function parseOneDate(raw: string): PartialDate | null {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    // A season says only the year: "Summers 2015" is 2015.
    .replace(/^(?:spring|summer|fall|autumn|winter)s?\s+(\d{4})$/, '$1');
  if (/^(present|current|now|ongoing|today|till date|to date|till now)$/.test(s)) return 'present';
  // "Jan '19": a two-digit year, in this century unless that would be well in the future.
  const apos = /^([a-z]+)\.?\s*['’](\d{2})$/.exec(s);
  if (apos?.[1] && apos[2]) {
    const month = MONTHS[apos[1]];
    const yy = Number(apos[2]);
    return month ? `${yy <= 50 ? 2000 + yy : 1900 + yy}-${String(month).padStart(2, '0')}` : null;
  }
  let m = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m?.[1] && m[2]) {
    const month = MONTHS[m[1]];
    return month ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
  }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m?.[1] && m[2]) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
  }
  if (/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s)) return s;
  return null;
}
