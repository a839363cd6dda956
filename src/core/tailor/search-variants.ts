import type { Variant } from './variant-schema';
import { byUpdatedDesc } from './variant-summary';

export type SearchField = 'company' | 'role' | 'notes' | 'posting';

export interface SearchHit {
  variant: Variant;
  score: number;
  matchedIn: SearchField[];
  /** A few words around the first match in the notes or posting, for the result list. */
  snippet: string | null;
}

// A word in the company name says more about what the person is looking for than the same word deep in a posting.
const WEIGHTS: Record<SearchField, number> = { company: 8, role: 4, notes: 2, posting: 1 };

/**
 * Every word of the query must appear somewhere (company, role, notes or posting text); case and accents are
 * ignored. Best matches first, then most recently updated. An empty query matches everything.
 */
export function searchVariants(variants: readonly Variant[], query: string): SearchHit[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const variant of variants) {
    const fields: Record<SearchField, string> = {
      company: fold(variant.company),
      role: fold(variant.role),
      notes: fold(variant.notes),
      posting: fold(variant.posting.text),
    };
    let score = 0;
    const matched = new Set<SearchField>();
    let all = true;
    for (const term of terms) {
      let found = false;
      for (const f of Object.keys(fields) as SearchField[]) {
        if (!fields[f].includes(term)) continue;
        found = true;
        matched.add(f);
        score += WEIGHTS[f];
      }
      if (!found) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    hits.push({
      variant,
      score,
      matchedIn: [...matched],
      snippet: terms.length ? snippetOf(variant, terms[0] ?? '') : null,
    });
  }
  return hits.sort((a, b) => b.score - a.score || byUpdatedDesc(a.variant, b.variant));
}

/** Lower case without accents; same length as the input for the Latin letters that matter for snippets. */
function fold(s: string): string {
  // Most text is ASCII; skipping normalization for it keeps a search over 1,000 postings fast.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function snippetOf(v: Variant, term: string): string | null {
  for (const text of [v.notes, v.posting.text]) {
    const folded = fold(text);
    const at = folded.indexOf(term);
    if (at < 0 || folded.length !== text.length) continue;
    const start = Math.max(0, at - 40);
    const end = Math.min(text.length, at + term.length + 40);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
  }
  return null;
}
