import type { PostingSection, PostingSectionKind } from './schema';

/**
 * How much a keyword counts by where it appears. What a posting requires is what screeners search for; duties
 * nearly as much (they name the daily tools); nice-to-haves and the opening summary less; the company blurb,
 * benefits and equal-opportunity text say nothing about the candidate, so they count almost nothing.
 */
export const SECTION_WEIGHT: Record<PostingSectionKind, number> = {
  requirements: 1,
  responsibilities: 0.9,
  title: 0.85,
  intro: 0.8,
  preferred: 0.6,
  // Text under no recognised heading is mostly role and company prose around the asks, not the asks themselves;
  // just above "About us" (cross-profession cv 0.814 -> 0.820 at 0.15-0.25, seed cv 0.861 -> 0.880).
  other: 0.25,
  about_company: 0.2,
  benefits: 0.05,
  eeo: 0.02,
};

// Order matters: "Preferred qualifications" is preferred before it is a qualification.
const HEADINGS: [PostingSectionKind, RegExp][] = [
  ['eeo', /\b(equal (employment )?opportunit|eeo\b|diversity|inclusion|accommodation|e-verify|affirmative action)/],
  [
    'benefits',
    /\b(benefits?|perks|what we offer|we offer|compensation|salary|pay (range|transparency)|total rewards|why you'll love|what's in it for you)\b/,
  ],
  [
    'preferred',
    /\b(preferred|nice[ -]to[ -]haves?|bonus( points)?|pluses|plus points|stand out|desired|good to have|extra credit|ideally|would be a plus|not required)\b/,
  ],
  [
    'about_company',
    /\b(about (us|the company|the team|our team|our company)|who we are|our (mission|story|company|culture|values)|company (overview|description)|why join|life at)\b/,
  ],
  [
    'intro',
    /\b(about the (role|job|position|opportunity)|the (role|opportunity|position)|role (overview|summary)|job (summary|overview)|overview|summary|introduction)\b/,
  ],
  [
    'responsibilities',
    /\b(responsibilit\w*|what you('ll| will|'d)?( actually)? (do|be doing|work on)|day[ -]to[ -]day|duties|your (role|impact|mission)|in this role|key accountabilities|what the job involves|job description|the work)\b/,
  ],
  [
    'requirements',
    /\b(requirements?|required|qualifications?|what (we|you)('re|'ll| will)? (need|need to see|bring|have|are looking for)|must[ -]haves?|skills|experience|who you are|about you|you (have|bring|are|will need)|your (background|profile|skills|experience)|minimum|knowledge|competenc\w*|expertise|what we look for|looking for)\b/,
  ],
  ['other', /^(other|additional information|additional|how to apply|location|logistics|details|misc\w*)$/],
];

const BULLET = /^\s*([-*+>]|\d{1,2}[.)])\s+/;

export interface DetectedSections {
  sections: PostingSection[];
  /** Character ranges of heading lines: their words are labels, not keywords. */
  headingRanges: [number, number][];
}

/** Splits a posting into sections by its heading lines; text before the first heading is the intro. */
export function detectSections(text: string): DetectedSections {
  const sections: PostingSection[] = [];
  const headingRanges: [number, number][] = [];
  let current: PostingSection = {
    kind: 'intro',
    heading: null,
    weight: SECTION_WEIGHT.intro,
    start: 0,
    end: text.length,
  };
  sections.push(current);
  let offset = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    lineNo++;
    // "Requirements: 5+ years of Go and Kubernetes": a heading and its first content on one line.
    const inlineHeading = /^(\s*[^:\n]{2,40}):\s+\S/.exec(line);
    const inlineKindOf =
      inlineHeading && !BULLET.test(line) ? headingKind(`${inlineHeading[1] as string}:`) : undefined;
    if (inlineHeading && inlineKindOf) {
      current.end = start;
      current = {
        kind: inlineKindOf,
        heading: cleanHeading(inlineHeading[1] as string),
        weight: SECTION_WEIGHT[inlineKindOf],
        start,
        end: text.length,
      };
      sections.push(current);
      headingRanges.push([start, start + (inlineHeading[1] as string).length + 1]);
      continue;
    }
    const kind = headingKind(trimmed);
    if (kind) {
      current.end = start;
      current = { kind, heading: cleanHeading(trimmed), weight: SECTION_WEIGHT[kind], start, end: text.length };
      sections.push(current);
      headingRanges.push([start, start + line.length]);
      continue;
    }
    // A paragraph in the company's own voice ("We are on a mission...", "Founded in 2015, we raised...") before
    // or between the role's sections says nothing about the candidate: it counts as the company blurb, and the
    // section it interrupts resumes after it.
    if ((current.kind === 'intro' || current.kind === 'other') && isCompanyParagraph(trimmed)) {
      const resume = current;
      let from = start;
      // Nothing but blank lines since the section began: the blurb takes its place rather than leave a gap.
      if (current.heading === null && text.slice(current.start, start).trim() === '') {
        from = current.start;
        sections.pop();
      } else current.end = start;
      sections.push({
        kind: 'about_company',
        heading: null,
        weight: SECTION_WEIGHT.about_company,
        start: from,
        end: Math.min(offset, text.length),
      });
      current = { ...resume, start: Math.min(offset, text.length), end: text.length };
      sections.push(current);
      continue;
    }
    // Equal-opportunity and benefits paragraphs often come without a heading.
    const inline = inlineKind(trimmed);
    if (inline && inline !== current.kind) {
      current.end = start;
      current = { kind: inline, heading: null, weight: SECTION_WEIGHT[inline], start, end: text.length };
      sections.push(current);
      continue;
    }
    // A short first line with no verb-like punctuation is usually the job title.
    if (lineNo === 1 && current.heading === null && looksLikeTitle(trimmed)) {
      current.kind = 'title';
      current.weight = SECTION_WEIGHT.title;
      current.end = offset;
      current = {
        kind: 'intro',
        heading: null,
        weight: SECTION_WEIGHT.intro,
        start: Math.min(offset, text.length),
        end: text.length,
      };
      sections.push(current);
    }
  }
  const kept = sections.filter((s) => s.heading !== null || text.slice(s.start, s.end).trim() !== '');
  // A dropped blank section leaves its blank lines to the section before it: the sections still cover the text.
  for (let i = 0; i + 1 < kept.length; i++) (kept[i] as PostingSection).end = (kept[i + 1] as PostingSection).start;
  return {
    sections: kept,
    headingRanges,
  };
}

function headingKind(raw: string): PostingSectionKind | undefined {
  // Markdown emphasis around a heading ("**Requirements:**") is decoration.
  const line = raw.replace(/\*\*|__/g, '').trim();
  if (BULLET.test(line) && !/^\d{1,2}[.)]\s+[A-Z][\w&/ ,-]{0,40}:?$/.test(line)) return undefined;
  const bare = cleanHeading(line).toLowerCase();
  const words = bare.split(/\s+/).filter(Boolean);
  const colon = /:\s*$/.test(line);
  // "To make sure you feel good solving a big problem, we offer:" leads into the benefits however long it is.
  if (colon && words.length <= 16 && /\b(we offer|we provide|you('ll| will) (get|receive|enjoy))\s*:?$/.test(bare))
    return 'benefits';
  if (!words.length || words.length > 8 || bare.length > 60) return undefined;
  if (/[.!?;]$/.test(bare) && !/:$/.test(line)) return undefined;
  // Without a colon a heading is short; "Experience with CUDA" is a requirement, not a heading.
  if (!colon && words.length > 5) return undefined;
  for (const [kind, re] of HEADINGS) {
    if (!re.test(bare)) continue;
    if (kind === 'requirements' && !colon && !/^(what|who|about|your?)\b/.test(bare)) {
      if (/\b(with|in|using|of|on)\b/.test(bare)) return undefined;
      // "Minimum Qualifications" is a heading; "Strong C++ skills" is a requirement.
      if (
        !cleanHeading(line)
          .split(/\s+/)
          .every((w) => w.length < 4 || /^[A-Z]/.test(w))
      )
        return undefined;
    }
    return kind;
  }
  return undefined;
}

function inlineKind(line: string): PostingSectionKind | undefined {
  const l = line.toLowerCase();
  if (
    /\b(equal (employment )?opportunity employer|without regard to (race|age|gender)|protected (veteran|characteristic)|reasonable accommodation)/.test(
      l,
    )
  )
    return 'eeo';
  if (
    /\b(401\(?k\)?|paid time off|pto\b|health (insurance|benefits)|dental|parental leave|stock options|equity package|base salary|salary range|vouchers?|cycle to work|annual leave|pension|salary sacrifice|employee discounts?|gym membership|days of (holiday|leave|vacation))/.test(
      l,
    )
  )
    return 'benefits';
  return undefined;
}

const WE = /\b(we|we're|we've|we'll|our|ours|us)\b/g;
/** Words that address the candidate or describe the job: a paragraph with any of them is about the role. */
const ROLE_VOICE =
  /\b(you|your|you're|you'll|candidates?|applicants?|the role|this role|the position|this position|looking for|seeking|hiring|join(ing)? (us|our|the) team as)\b/;
const COMPANY_CUE =
  /\b(mission|founded|headquartered|customers|clients|investors|venture|valuation|raised|funded|backed|award|recogni[sz]ed|patents|employees|colleagues|offices)\b/;

/** A prose paragraph (not a list item) in the company's voice that never addresses the candidate or the job. */
function isCompanyParagraph(line: string): boolean {
  if (BULLET.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words < 20) return false;
  const l = line.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (ROLE_VOICE.test(l)) return false;
  const we = l.match(WE)?.length ?? 0;
  return we >= 2 || (we >= 1 && COMPANY_CUE.test(l)) || (COMPANY_CUE.test(l) && /\b(is|are) (a|an|the|on a)\b/.test(l));
}

function looksLikeTitle(line: string): boolean {
  return line.length <= 80 && line.split(/\s+/).length <= 10 && !/[.:;!?]$/.test(line) && !BULLET.test(line);
}

function cleanHeading(line: string): string {
  return line
    .replace(/\*\*|__/g, '')
    .replace(BULLET, '')
    .replace(/^#+\s*/, '')
    .replace(/[:\s]+$/, '')
    .trim();
}
