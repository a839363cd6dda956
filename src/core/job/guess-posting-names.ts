import { normalizeText } from './normalize-text';
import { stripMarkup } from './strip-markup';

export interface PostingNames {
  /** The job title, when the posting opens with one. */
  role: string | null;
  /** The employer, when the posting names it in its first lines. */
  company: string | null;
}

/** How far into a posting the names are looked for: titles and employers come first, never after the intro. */
const HEAD_CHARS = 1500;

/** Opening lines that are page furniture or a section heading, not the title. */
const NOT_A_TITLE =
  /^(about (the|this) (role|job|position)|the role|job description|careers|overview|description|responsibilities|requirements|what you('|’)?ll do|who we are|about us)\b/i;

/** Capitalized words (with &, -, ., ') forming a name: "Harbor Point Medical Center", "Brightwater Health". */
const NAME = String.raw`[A-Z][\p{L}\p{N}&'’.-]*(?:\s+(?:of|&|and|the|[A-Z][\p{L}\p{N}&'’.-]*)){0,5}`;

/** Words that start a sentence but are never an employer's name. */
const NOT_A_NAME = /^(we|our|you|your|the|this|a|an|in|at|as|join|about|if|it|they|he|she|i|wir|du|sie)$/i;

const SENTENCE_PATTERNS = [
  // "At Brightwater Health, we're building…"
  new RegExp(String.raw`(?:^|[.!?]\s+|\n)At\s+(${NAME}),\s+(?:we|our)\b`, 'u'),
  // "Harbor Point Medical Center is hiring…", "Northgate Robotics builds…", "Lanternly sells…"
  new RegExp(
    String.raw`(?:^|[.!?]\s+|\n)(${NAME})\s+(?:is|are)\s+(?:hiring|looking|seeking|searching|a|an|the)\b|(?:^|[.!?]\s+|\n)(${NAME})\s+(?:builds|sells|makes|runs|operates|provides|develops|designs|creates|helps|offers|serves)\b`,
    'u',
  ),
  // "Join Brightwater Health…"
  new RegExp(String.raw`(?:^|[.!?]\s+|\n)Join\s+(${NAME})\b`, 'u'),
];

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const strip = (s: string) =>
  clean(s.replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '')).replace(/^[#*>\-•\s]+|[*\s:]+$/g, '');

function nameOk(s: string | undefined): s is string {
  if (!s) return false;
  const first = s.split(/\s+/)[0] ?? '';
  return !NOT_A_NAME.test(first) && s.length >= 2 && s.length <= 60;
}

/**
 * The job title and employer a posting names in its first lines, when they can be read; null otherwise (a guess that
 * prefills a form the person checks, never something saved unseen).
 */
export function guessPostingNames(posting: string): PostingNames {
  const head = normalizeText(stripMarkup(posting.slice(0, HEAD_CHARS)));
  const lines = head
    .split('\n')
    .map(strip)
    .filter((l) => l.length > 0);
  let role: string | null = null;
  let company: string | null = null;

  // A page's furniture ("Careers") may come before the title; a heading with a sentence after it is no title.
  const at = lines.findIndex((l, i) => i > 1 || !NOT_A_TITLE.test(l) || l.length > 40);
  const first = at >= 0 ? lines[at] : undefined;
  if (first && first.length <= 90 && !/[.!?]$/.test(first) && !NOT_A_TITLE.test(first)) {
    // "Platform Engineer - Brightwater Health", "Nurse at Harbor Point", "Engineer | Acme"
    const split = /^(.+?)\s+(?:[-–—|@]|at)\s+(.+)$/u.exec(first);
    if (split?.[1] && split[2] && nameOk(split[2]) && new RegExp(`^${NAME}$`, 'u').test(split[2])) {
      role = clean(split[1]);
      company = clean(split[2]);
    } else role = first;
  }

  if (!company) {
    const body = lines.slice(role ? at + 1 : 0, 8).join('\n');
    for (const re of SENTENCE_PATTERNS) {
      const m = re.exec(body);
      const found = m?.slice(1).find((g) => g !== undefined);
      if (nameOk(found)) {
        company = clean(found);
        break;
      }
    }
  }
  return { role, company };
}
