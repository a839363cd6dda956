import type { Token } from './tokenize';

/** Words that make a sentence about the job or the reader, even when the employer speaks ("We're looking for"). */
const ROLE_WORDS = new Set([
  'you',
  'your',
  "you'll",
  "you're",
  "you've",
  'candidate',
  'candidates',
  'role',
  'position',
  'postholder',
  'job',
  'looking',
  'seeking',
  'hiring',
  'join',
  'responsibilities',
  'responsible',
]);
const WE = new Set(['we', 'our', "we're", "we've", "we'll", 'us']);

/**
 * Sentences in the employer's own voice about itself ("Our strategic priorities are to", "At Acme we believe",
 * "Acme is a partnership of hospitals"): 1 for each of their words. Untitled company prose often sits in the
 * opening before any heading, where its words would count like the role summary; a screener searches none of them.
 * `employer` marks the employer's name (mention-context.ts).
 */
export function companyVoice(tokens: readonly Token[], employer: Uint8Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let start = 0;
  for (let j = 1; j <= tokens.length; j++) {
    const t = tokens[j];
    if (t && !/[.;!?\n]/.test(t.gap)) continue;
    if (aboutItself(tokens, employer, start, j)) out.fill(1, start, j);
    start = j;
  }
  return out;
}

function aboutItself(tokens: readonly Token[], employer: Uint8Array, a: number, b: number): boolean {
  const first = tokens[a];
  if (!first) return false;
  let k = a;
  // "At Acme, we ...", "Here at Acme": the employer introduced before its sentence.
  if (first.lower === 'here') k++;
  if (tokens[k]?.lower === 'at' && employer[k + 1]) k += 2;
  while (k < b && employer[k]) k++;
  const opener = k > a && employer[k - 1] ? true : WE.has(tokens[k]?.lower ?? '');
  if (!opener) return false;
  for (let j = a; j < b; j++) if (ROLE_WORDS.has((tokens[j] as Token).lower)) return false;
  return true;
}
