import { isNameWord, posTags } from './pos-lexicon';
import type { Token } from './tokenize';

/**
 * How much each word of a posting counts where it stands, read from its clause: "No Java experience required"
 * and "not Java" never raise Java; "Java is a plus", "Bonus: Java" and "nice to have Java" count like a preferred
 * qualification; words of a proper name (the employer, a place, a hospital) are names, not skills.
 */
export interface MentionContext {
  /** 1 as written, OPTIONAL_FACTOR for an inline nice-to-have, 0 when negated. */
  factor: Float32Array;
  /** 1 for a word of a proper name the dictionary does not know ("North Bristol NHS Trust", "Tunbridge Wells"). */
  name: Uint8Array;
  /** 1 for a word of the employer's name, found from how the posting talks about itself. */
  employer: Uint8Array;
}

/** An inline nice-to-have counts at most this much (the weight of a "Preferred" section). */
export const OPTIONAL_FACTOR = 0.6;

const NEGATORS = new Set(['no', 'not', 'never', "don't", "doesn't", "isn't", "aren't", "won't", 'without']);
const REQUIRED = new Set([
  'required',
  'necessary',
  'needed',
  'essential',
  'mandatory',
  'expected',
  'prerequisite',
  'requirement',
  'need',
]);
const NOT_SCOPE = new Set(['only', 'just', 'limited', 'least', 'necessarily', 'always', 'afraid', 'shy']);
const OPTIONAL =
  /\b(a plus|an? (added )?(advantage|bonus|plus)|advantageous|bonus( points)?|nice[ -]to[ -]haves?|desirable|desired|preferred|preferably|ideally|would be (great|nice|helpful|beneficial)|is helpful|are helpful|beneficial|good to have|extra credit|not required but|but not required|not essential but|but not essential)\b/;
const EMPLOYER_BEFORE = new Set(['at', 'join', 'about', 'why', 'welcome']);
const EMPLOYER_AFTER = new Set([
  'is',
  'are',
  'has',
  'offers',
  'provides',
  'was',
  'seeks',
  'employs',
  'values',
  'believes',
]);

const LEADING = new Set(['at', 'join', 'about', 'why', 'welcome', 'the', 'a', 'an', 'our', 'we', 'to', 'life']);

/** "Join", "At", "What's", "Here": a capitalized function word or verb before a name is not part of it. */
function leading(t: Token): boolean {
  if (LEADING.has(t.lower) || t.lower.includes("'"))
    return !t.lower.endsWith("'s") || /^(what|here|it|that|there|who)'s$/.test(t.lower);
  const tags = posTags(t.lower);
  return tags !== undefined && !/\b(NNS?|JJ)\b/.test(tags);
}

function continuesName(tokens: readonly Token[], k: number, capital: (t: Token) => boolean): boolean {
  const t = tokens[k] as Token;
  if (!t.joined || !/ /.test(t.gap)) return false;
  if (capital(t)) return true;
  const next = tokens[k + 1];
  return t.lower === 'of' && !!next && next.joined && capital(next);
}

function clauseBounds(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let j = 1; j <= tokens.length; j++) {
    const t = tokens[j];
    if (!t || /[.;!?\n]/.test(t.gap) || (t.lower === 'but' && /,/.test(t.gap))) {
      out.push([start, j]);
      start = j;
    }
  }
  return out;
}

export function mentionContext(tokens: readonly Token[]): MentionContext {
  const n = tokens.length;
  const factor = new Float32Array(n).fill(1);
  for (const [a, b] of clauseBounds(tokens)) {
    let text = '';
    for (let j = a; j < b; j++) text += `${(tokens[j] as Token).lower} `;
    const optional = OPTIONAL.test(text);
    let negatedClause = false;
    for (let j = a; j < b && !negatedClause; j++) {
      if (!NEGATORS.has((tokens[j] as Token).lower)) continue;
      for (let k = j + 1; k < b; k++) if (REQUIRED.has((tokens[k] as Token).lower)) negatedClause = true;
    }
    if (negatedClause && !optional) {
      factor.fill(0, a, b);
      continue;
    }
    if (optional) factor.fill(OPTIONAL_FACTOR, a, b);
    // "not Java", "no Kubernetes": the next few words, up to a comma.
    for (let j = a; j < b; j++) {
      const w = (tokens[j] as Token).lower;
      if (w !== 'not' && w !== 'no') continue;
      if (NOT_SCOPE.has(tokens[j + 1]?.lower ?? '')) continue;
      for (let k = j + 1; k < Math.min(b, j + 4); k++) {
        if (k > j + 1 && /,/.test((tokens[k] as Token).gap)) break;
        factor[k] = 0;
      }
    }
  }
  const { name, employer } = names(tokens);
  return { factor, name, employer };
}

/** Title-case runs ("North Bristol NHS Trust"): a run with a word no dictionary knows is a proper name. */
function names(tokens: readonly Token[]): { name: Uint8Array; employer: Uint8Array } {
  const n = tokens.length;
  const name = new Uint8Array(n);
  const employer = new Uint8Array(n);
  // A word the posting also writes in lower case is an ordinary word ("Telemetry Unit" and "telemetry").
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) lowerSeen.add(t.lower);
  const capital = (t: Token) => /^[A-Z\u00c0-\u00de]/.test(t.text);
  const runs: { a: number; b: number; named: boolean; before: string }[] = [];
  for (let j = 0; j < n;) {
    if (!capital(tokens[j] as Token)) {
      j++;
      continue;
    }
    let k = j + 1;
    while (k < n && continuesName(tokens, k, capital)) k++;
    // "Join Acme", "At Acme": the capitalized first word of a sentence is not part of the name.
    let a = j;
    let before = tokens[j - 1]?.lower ?? '';
    while (a < k - 1 && leading(tokens[a] as Token)) before = (tokens[a++] as Token).lower;
    let named = false;
    for (let i = a; i < k; i++) {
      const t = tokens[i] as Token;
      if (isNameWord(t) && !lowerSeen.has(t.lower)) named = true;
    }
    if (named) name.fill(1, a, k);
    runs.push({ a, b: k, named, before });
    j = k;
  }
  // The employer: the name the posting talks about itself with ("At Acme,", "Join Acme", "Acme is", "Acme's").
  const hits = new Map<string, number>();
  const counts = new Map<string, number>();
  const namedKeys = new Set<string>();
  const keyOfRun = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .map((t) => t.lower.replace(/'s$/, ''))
      .join(' ');
  for (const { a, b, named, before } of runs) {
    const key = keyOfRun(a, b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (named) namedKeys.add(key);
    const after = tokens[b]?.lower ?? '';
    const possessive = (tokens[b - 1] as Token).lower.endsWith("'s");
    if (EMPLOYER_BEFORE.has(before) || EMPLOYER_AFTER.has(after) || possessive) hits.set(key, (hits.get(key) ?? 0) + 1);
  }
  const employerWords = new Set<string>();
  for (const [key, h] of hits)
    if (h >= 2 || (namedKeys.has(key) && (counts.get(key) ?? 0) >= 2))
      for (const w of key.split(' ')) if (w !== 'of') employerWords.add(w);
  // A posting names its employer more than anything else: the most frequent unknown name, three times or more.
  let top = '';
  for (const key of namedKeys) if ((counts.get(key) ?? 0) > (counts.get(top) ?? 0)) top = key;
  if ((counts.get(top) ?? 0) >= 3) for (const w of top.split(' ')) if (w !== 'of') employerWords.add(w);
  if (employerWords.size)
    for (let j = 0; j < n; j++) {
      const t = tokens[j] as Token;
      if (capital(t) && employerWords.has(t.lower.replace(/'s$/, ''))) employer[j] = 1;
    }
  return { name, employer };
}
