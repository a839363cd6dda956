import { normalizeText } from '../job/normalize-text';
import { isStopword } from '../job/stopwords';
import { tokenizeTransient, type Token, type Word } from '../job/tokenize';
import type { Skill } from '../skills/schema';
import { matchSkills, type SkillMatch } from '../skills/match-skills';

/**
 * "post-ICU recovery", "non-clinical staff", "pre-Epic workflows": a negating or time-shifting prefix joined to a
 * skill's name points away from it. The line is near the skill, not evidence of it.
 */
const PREFIXED_FACTOR = 0.3;
const AWAY_PREFIXES: ReadonlySet<string> = new Set(['post', 'pre', 'non', 'ex', 'anti']);
/**
 * "Supported RNs with vital signs", "precept new-graduate RNs", "mentored three new AEs": a role named as the
 * object of a verb about other people says who the person worked with, not what they are. It counts this much.
 */
const PEOPLE_OBJECT_FACTOR = 0.3;
/** Verbs whose object is people (lowercase surface forms). */
const PEOPLE_VERBS: ReadonlySet<string> = new Set(
  [
    'support supported supporting supports precept precepted precepting precepts preceptor preceptored',
    'mentor mentored mentoring mentors train trained training trains coach coached coaching coaches',
    'supervise supervised supervising supervises onboard onboarded onboarding onboards orient oriented',
    'orienting orients assist assisted assisting assists hire hired hiring hires recruit recruited',
    'recruiting recruits manage managed managing manages lead led leading leads teach taught teaching',
    'teaches educate educated educating educates delegate delegated delegating delegates',
  ]
    .join(' ')
    .split(' '),
);
/** How far back (in words) the people verb may stand: "precept new-graduate and transfer RNs". */
const PEOPLE_VERB_WINDOW = 5;
/** Words that end the verb's object phrase: after them the skill is no longer its object. */
const OBJECT_STOPS: ReadonlySet<string> = new Set(
  'in on with through for to of at by from as into via using during'.split(' '),
);
/**
 * "ICU orientation", "Python workshop", "sales conference": a skill naming the subject of an event or course
 * modifies that noun; the line is about the event, not hands-on work in the skill. It counts this much.
 */
const MODIFIER_FACTOR = 0.5;
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  [
    'orientation orientations training trainings course courses class classes conference conferences committee',
    'committees workshop workshops seminar seminars webinar webinars meeting meetings newsletter newsletters',
  ]
    .join(' ')
    .split(' '),
);

/**
 * What a line says, independent of any posting: its words and the skills they name. Cached by text because the
 * same resume lines are scored against posting after posting; the cache is bounded and holds no posting data.
 */
export interface LineAnalysis {
  /** The skills the line names, in text order. */
  skills: Skill[];
  /** The line's content words (no stopwords), for the phrase walk. */
  words: Word[];
  /**
   * The numbers, from `from` on in a typed array that many lines share (a typed array of its own is several
   * objects and a buffer outside the heap, and 10,000 new lines would keep 10,000): for skill i of s at
   * from + 4i: its kind (SKILL_KINDS), start, end and how much of it is evidence (OWN_FACTORS: below 1 after a
   * prefix like "post-"); then for content word k at from + 4s + 3k: its start, its end, and 1 where a phrase
   * cannot continue from the previous content word (a stopword or punctuation between).
   */
  at: Int32Array;
  from: number;
}
export const SKILL_KINDS: readonly SkillMatch['kind'][] = ['exact', 'alias', 'stem'];
export const OWN_FACTORS = [1, PREFIXED_FACTOR, PEOPLE_OBJECT_FACTOR, MODIFIER_FACTOR] as const;
const LINE_CACHE_MAX = 20_000;
const lineCache = new Map<string, LineAnalysis>();

export function analyzeLine(plain: string): LineAnalysis {
  let a = lineCache.get(plain);
  if (!a) {
    a = analyzeTokens(tokenizeTransient(normalizeText(plain)));
    if (lineCache.size >= LINE_CACHE_MAX) clearLineCache();
    lineCache.set(plain, a);
  }
  return a;
}

function analyzeTokens(tokens: Token[]): LineAnalysis {
  const n = tokens.length;
  // Count the content words first so each array is allocated at its size: a subarray view per line costs
  // more than the words themselves when 10,000 new bullets are scored.
  let w = 0;
  // Reused up to a typical long line; a longer one (a whole pasted posting) gets its own, not kept.
  const isContent =
    CONTENT_SCRATCH.length >= n
      ? CONTENT_SCRATCH
      : n > CONTENT_SCRATCH_MAX
        ? new Uint8Array(n)
        : (CONTENT_SCRATCH = new Uint8Array(Math.min(n * 2, CONTENT_SCRATCH_MAX)));
  for (let j = 0; j < n; j++) {
    const word = (tokens[j] as Token).word;
    if (word.content === 0) word.content = isContentWord(word.lower) ? 1 : 2;
    const c = word.content === 1;
    isContent[j] = c ? 1 : 0;
    if (c) w++;
  }
  const skills = matchSkills(tokens);
  const s4 = 4 * skills.length;
  const named: Skill[] = new Array<Skill>(skills.length);
  const words: Word[] = new Array<Word>(w);
  const size = s4 + 3 * w;
  const { at, from } = numbersFor(size);
  for (let i = 0; i < skills.length; i++) {
    const m = skills[i] as SkillMatch;
    const prev = tokens[m.first - 1];
    named[i] = m.skill;
    at[from + 4 * i] = SKILL_KINDS.indexOf(m.kind);
    at[from + 4 * i + 1] = m.start;
    at[from + 4 * i + 2] = m.end;
    at[from + 4 * i + 3] =
      prev && (tokens[m.first] as Token).gap === '-' && AWAY_PREFIXES.has(prev.lower)
        ? 1
        : m.skill.kind === 'credential' && objectOfPeopleVerb(tokens, m.first)
          ? 2
          : modifiesEventNoun(tokens, m.last)
            ? 3
            : 0;
  }
  w = 0;
  let prevContent = false;
  for (let j = 0; j < n; j++) {
    const content = isContent[j] === 1;
    if (content) {
      const t = tokens[j] as Token;
      words[w] = t.word;
      at[from + s4 + 3 * w] = t.start;
      at[from + s4 + 3 * w + 1] = t.end;
      at[from + s4 + 3 * w + 2] = !prevContent || !t.joined ? 1 : 0;
      w++;
    }
    prevContent = content;
  }
  return { skills: named, words, at, from };
}

/**
 * Lines' numbers are cut from shared chunks. A chunk is never written again once cut, and a new one is started
 * when the cache is cleared, so a LineAnalysis kept elsewhere stays right.
 */
const CHUNK = 1 << 16;
let chunk = new Int32Array(CHUNK);
let chunkUsed = 0;
function numbersFor(size: number): { at: Int32Array; from: number } {
  // A line longer than a quarter chunk (a whole posting scored as one line) gets its own array.
  if (size > CHUNK >> 2) return { at: new Int32Array(size), from: 0 };
  if (chunkUsed + size > CHUNK) {
    chunk = new Int32Array(CHUNK);
    chunkUsed = 0;
  }
  const from = chunkUsed;
  chunkUsed += size;
  return { at: chunk, from };
}
let CONTENT_SCRATCH = new Uint8Array(256);
const CONTENT_SCRATCH_MAX = 4096;

/** A word that can be evidence: not a stopword, and has a letter (kept on the word: see tokenize.ts). */
function isContentWord(lower: string): boolean {
  return !isStopword(lower) && HAS_LETTER.test(lower);
}
const HAS_LETTER = /[a-z]/;

/** True when a people verb stands shortly before token `first` in the same clause, with no preposition between. */
function objectOfPeopleVerb(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - PEOPLE_VERB_WINDOW; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (CLAUSE_BREAK.test(next.gap)) return false;
    if (PEOPLE_VERBS.has(t.lower)) return true;
    if (OBJECT_STOPS.has(t.lower)) return false;
  }
  return false;
}
const CLAUSE_BREAK = /[,;:.()]/;

/** True when the word right after a skill (token `next`) is an event noun it modifies: "ICU orientation". */
function modifiesEventNoun(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  return t !== undefined && t.joined && t.gap.trim() === '' && EVENT_NOUNS.has(t.lower);
}

/** Forgets analyzed lines (for benchmarks that measure first-time scoring). */
export function clearLineCache(): void {
  lineCache.clear();
  chunk = new Int32Array(CHUNK);
  chunkUsed = 0;
}
