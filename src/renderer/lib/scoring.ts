import {
  analyzePosting,
  scoreResume,
  type AnalyzedPosting,
  type AnalyzeResult,
  type ResumeScore,
  type Visibility,
} from '../../core/match';
import type { Resume } from '../../core/resume/schema';
import { applyTailoring } from '../../core/tailor/apply-variant';
import type { Tailoring } from '../../core/tailor/variant-schema';
import { withKeywordOverrides } from '../../core/match/keyword-overrides';

let lastText: string | null = null;
let lastAnalysis: AnalyzeResult | null = null;

/** The posting's analysis, reused while its text is unchanged (a rewording keystroke does not re-analyze). */
export function analyzeOnce(text: string): AnalyzeResult {
  if (text !== lastText || !lastAnalysis) {
    lastAnalysis = analyzePosting(text);
    lastText = text;
  }
  return lastAnalysis;
}

export interface Scored {
  analysis: AnalyzeResult;
  score: ResumeScore | null;
  /** The tailored resume with nothing hidden: every bullet gets a badge, hidden ones too. */
  everything: Resume;
}

/**
 * Scores in the page, on every keystroke: the analysis is cached per posting text and scoring one resume is about a
 * millisecond, so there is no round trip to make. Hidden items are left out of the match rate through `visibility`.
 */
export function scoreTailoring(master: Resume, postingText: string, t: Tailoring): Scored {
  const everything = applyTailoring(master, { ...t, hidden: { sections: [], entries: [], bullets: [] } });
  const analysis = analyzeOnce(postingText);
  if (!postingText.trim() || !analysis.ok) return { analysis, score: null, everything };
  const posting = overridden(analysis.posting, t.keywords);
  const hiddenBullets = new Set(t.hidden.bullets);
  const visibility: Visibility = {
    enabledBulletIds: new Set(
      everything.sections
        .flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id)))
        .filter((id) => !hiddenBullets.has(id)),
    ),
    hiddenEntryIds: new Set(t.hidden.entries),
    hiddenSectionIds: new Set(t.hidden.sections),
  };
  return { analysis, score: scoreResume(posting, everything, visibility), everything };
}

let lastOverride: { posting: AnalyzedPosting; keywords: Tailoring['keywords']; result: AnalyzedPosting } | null = null;

/** The same overridden posting object while neither input changes, so the scorer's per-posting index is reused. */
function overridden(posting: AnalyzedPosting, keywords: Tailoring['keywords']): AnalyzedPosting {
  if (lastOverride?.posting === posting && lastOverride.keywords === keywords) return lastOverride.result;
  const result = withKeywordOverrides(posting, keywords);
  lastOverride = { posting, keywords, result };
  return result;
}
