import type { AnalyzedPosting } from '../job/schema';
import { plainText } from '../resume/rich-text';
import type { Entry, Resume, Section } from '../resume/schema';
import { matchRateOf, visibleLines, type CoverageLine } from './match-rate';
import { postingMatcher, type PostingMatcher } from './posting-matcher';
import { resumeFit } from './resume-fit';
import type { BulletScore, EntryScore, ItemScore, LineScore, ResumeScore, SectionScore, Visibility } from './schema';
import { lineUnitCoverage, scoreLine, type UnitCoverage } from './score-line';

/**
 * Scores every bullet, entry heading, tech line and skill group of a resume against an analyzed posting, then entries and
 * sections from what their visible lines cover together, and the match rate of what is visible.
 */
export function scoreResume(posting: AnalyzedPosting, resume: Resume, visibility: Visibility = {}): ResumeScore {
  const matcher = postingMatcher(posting);
  const bullets: BulletScore[] = [];
  const items: ItemScore[] = [];
  const skillsSection = resume.sections.find((s) => s.kind === 'skills');
  for (const section of resume.sections) {
    for (const entry of section.entries) {
      const context = entryContext(matcher, entry);
      for (const bullet of entry.bullets) {
        const text = plainText(bullet.text);
        bullets.push({
          bulletId: bullet.id,
          sectionId: section.id,
          entryId: entry.id,
          text,
          ...scoreLine(matcher, text, { context, evidenceFactor: evidenceFactor(section) }),
        });
      }
      // The heading is on the page too: "ML Engineer Intern" shows machine learning.
      const heading = [entry.title, entry.organization ?? ''].filter(Boolean).join(', ');
      if (heading)
        items.push({
          id: `${entry.id}/heading`,
          source: 'heading',
          ownerId: entry.id,
          sectionId: section.id,
          text: heading,
          ...scoreLine(matcher, heading),
        });
      // A project's description paragraph is printed under its title, read by a screener like its bullets.
      const about = entry.summary?.trim() ?? '';
      if (about)
        items.push({
          id: `${entry.id}/summary`,
          source: 'summary',
          ownerId: entry.id,
          sectionId: section.id,
          text: about,
          ...scoreLine(matcher, about),
        });
      // A tech line is scored as one line so "Go" or "Triton" reads in the company of the other tools.
      if (entry.tech.length) {
        const text = entry.tech.join(', ');
        items.push({
          id: `${entry.id}/tech`,
          source: 'tech',
          ownerId: entry.id,
          sectionId: section.id,
          text,
          ...scoreLine(matcher, text),
        });
      }
    }
  }
  // The summary is the first thing a screener (and an ATS keyword search) reads: it counts toward the match rate.
  const summary = resume.summary?.trim() ?? '';
  if (summary)
    items.push({
      id: SUMMARY_OWNER,
      source: 'summary',
      ownerId: SUMMARY_OWNER,
      text: summary,
      ...scoreLine(matcher, summary),
    });
  for (const group of resume.skills) {
    // The label is printed with the items ("ML Inference & Compilers: PyTorch, ...").
    const text = `${group.label}: ${group.items.join(', ')}`;
    const item: ItemScore = { id: group.id, source: 'skills', ownerId: group.id, text, ...scoreLine(matcher, text) };
    if (skillsSection) item.sectionId = skillsSection.id;
    items.push(item);
  }
  return assemble(posting, matcher, resume, bullets, items, visibility);
}

/** Re-scores one edited bullet and everything that depends on it; the rest is reused, so a keystroke costs one line. */
export function rescoreBulletInResume(
  score: ResumeScore,
  posting: AnalyzedPosting,
  resume: Resume,
  bulletId: string,
  plain: string,
  visibility: Visibility = {},
): ResumeScore {
  const matcher = postingMatcher(posting);
  const bullets = score.bullets.map((b) => {
    if (b.bulletId !== bulletId) return b;
    const entry = resume.sections.flatMap((s) => s.entries).find((e) => e.id === b.entryId);
    const section = resume.sections.find((s) => s.id === b.sectionId);
    return {
      ...b,
      text: plain,
      ...scoreLine(matcher, plain, {
        context: entry ? entryContext(matcher, entry) : [],
        evidenceFactor: section ? evidenceFactor(section) : 1,
      }),
    };
  });
  return assemble(posting, matcher, resume, bullets, score.items, visibility);
}

/** Scores a line of text on its own (an edited bullet as the person types). */
export function scoreText(posting: AnalyzedPosting, plain: string): LineScore {
  return scoreLine(postingMatcher(posting), plain);
}

function assemble(
  posting: AnalyzedPosting,
  matcher: PostingMatcher,
  resume: Resume,
  bullets: BulletScore[],
  items: ItemScore[],
  v: Visibility,
): ResumeScore {
  const shown = visibleLines(bullets, items, v);
  // Visible lines by entry (bullets and tech line) and the visible skill groups.
  const byEntry = new Map<string, CoverageLine[]>();
  const skillLines: CoverageLine[] = [];
  for (const line of shown) {
    const owner =
      'bulletId' in line
        ? (line as BulletScore).entryId
        : (line as ItemScore).source !== 'skills'
          ? (line as ItemScore).ownerId
          : undefined;
    if (owner === undefined) skillLines.push(line);
    else {
      const list = byEntry.get(owner);
      if (list) list.push(line);
      else byEntry.set(owner, [line]);
    }
  }
  const entries: EntryScore[] = [];
  const sections: SectionScore[] = [];
  for (const section of resume.sections) {
    const sectionLines: CoverageLine[] = section.kind === 'skills' ? [...skillLines] : [];
    for (const entry of section.entries) {
      const lines = byEntry.get(entry.id) ?? [];
      entries.push({ entryId: entry.id, sectionId: section.id, title: entry.title, score: unionScore(matcher, lines) });
      sectionLines.push(...lines);
    }
    sections.push({
      sectionId: section.id,
      kind: section.kind,
      title: section.title,
      score: unionScore(matcher, sectionLines),
    });
  }
  const rate = matchRateOf(posting.keywords, shown, resumeFit(posting, resume));
  // The weights shown are the weights used: squaring and list discounts included.
  const keywords = posting.keywords.map((k, i) => ({
    ...k,
    usedWeight: Math.round(1000 * (matcher.keywordWeight[i] ?? 0)) / 1000,
  }));
  return { ...rate, keywords, bullets, items, entries, sections };
}

/** The owner of the resume summary's item: no entry or skill group has this id (ids are slugs without a colon). */
export const SUMMARY_OWNER = 'summary:';

/** Writing about a skill is weaker evidence of it than using it; a screener reads projects and jobs first. */
const PUBLICATION_EVIDENCE = 0.7;

function evidenceFactor(section: Section): number {
  return section.kind === 'publications' ? PUBLICATION_EVIDENCE : 1;
}

/** What an entry's title, organization and tech line cover: the context its bullets are read in. */
export function entryContext(matcher: PostingMatcher, entry: Entry): UnitCoverage[] {
  const text = [entry.title, entry.organization ?? '', entry.tech.join(', ')].filter(Boolean).join('\n');
  return text ? lineUnitCoverage(matcher, text) : [];
}

/**
 * What lines cover together: each keyword's best factor over them, summed by weight in the order the keywords are
 * first met (as bestCoverage would, without a map and an object per keyword: a section can hold 10,000 lines).
 */
function unionScore(matcher: PostingMatcher, lines: CoverageLine[]): number {
  const size = Math.max(matcher.keywordWeight.length, matcher.keywords.length);
  if (unionBest.length < size) unionBest = new Float64Array(size);
  const best = unionBest;
  const order: number[] = [];
  for (const line of lines)
    for (const c of line.coverage) {
      const k = c.keyword;
      const f = best[k] as number;
      // 0 marks a keyword not met yet; one met with a factor of 0 holds the smallest number instead.
      if (f === 0) {
        order.push(k);
        best[k] = Math.max(c.factor, Number.MIN_VALUE);
      } else if (c.factor > f) best[k] = c.factor;
    }
  let raw = 0;
  for (const k of order) {
    const f = best[k] as number;
    raw += (matcher.keywordWeight[k] ?? 0) * (f === Number.MIN_VALUE ? 0 : f);
    best[k] = 0;
  }
  return Math.round(1000 * (1 - Math.exp(-raw / matcher.scale))) / 10;
}
let unionBest = new Float64Array(256);
