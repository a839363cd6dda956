import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { BulletScore } from '../../core/match';
import type { Resume } from '../../core/resume/schema';
import { Tailoring } from '../../core/tailor/variant-schema';
import { clampPaste } from '../lib/big-paste';
import { kindLabel, keywordStatuses } from '../lib/keyword-status';
import { scoreTailoring } from '../lib/scoring';
import { setNotice, useTailor } from '../store/tailor-store';
import { HighlightedText } from './HighlightedText';
import { MatchLegend } from './MatchLegend';
import { MatchPanel } from './MatchPanel';
import { NewVariantForm } from './NewVariantForm';
import { OpenPostingFile } from './OpenPostingFile';
import { MAX_POSTING_BOX_CHARS } from '../../core/job/posting-limits';
import { groupDigits } from '../../core/format-count';

/** The master as it is: nothing hidden, nothing moved (the report is the master's, before any tailoring). */
const AS_IS = Tailoring.parse({});
const SHOWN_BULLETS = 12;

/**
 * The start: paste a posting and the report is there at once (match rate, keywords, missing, every bullet scored),
 * nothing to name first. "Save as application" comes after.
 */
export function StartView({ defaults }: { defaults: { template: string; pageTarget: number } }) {
  const master = useTailor((s) => s.master);
  const [posting, setPosting] = useState('');
  const [saving, setSaving] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  // Typing and a big paste stay responsive: the report follows the text a frame behind when scoring is slow.
  const analyzed = useDeferredValue(posting);
  const scored = useMemo(() => (master ? scoreTailoring(master, analyzed, AS_IS) : null), [master, analyzed]);
  if (!master) return null;
  const bullets = master.sections.reduce((n, s) => n + s.entries.reduce((m, e) => m + e.bullets.length, 0), 0);
  const score = scored?.score ?? null;
  const problem = analyzed.trim() && scored && !scored.analysis.ok ? scored.analysis.error : null;

  return (
    <section className="start" aria-labelledby="start-h">
      <div className="start-input">
        <h2 id="start-h">How well does your resume match a job?</h2>
        <p className="master-line" data-testid="master-summary">
          Master resume: <strong>{master.basics.name}</strong>, {bullets} bullets in {master.sections.length} sections
        </p>
        <label className="posting-editor">
          <span className="field-label">Job posting</span>
          <textarea
            value={posting}
            onChange={(e) => {
              const v = e.target.value;
              if (v.length > MAX_POSTING_BOX_CHARS)
                setNotice({
                  kind: 'info',
                  text: `The posting is ${groupDigits(v.length)} characters; Tailor keeps the first ${groupDigits(MAX_POSTING_BOX_CHARS)}.`,
                });
              setPosting(v.slice(0, MAX_POSTING_BOX_CHARS));
            }}
            onPaste={(e) => clampPaste(e, MAX_POSTING_BOX_CHARS, setPosting)}
            placeholder="Paste the job posting here: the report appears as you paste."
            spellCheck={false}
          />
        </label>
        <div className="row">
          <OpenPostingFile max={MAX_POSTING_BOX_CHARS} onText={setPosting} />
        </div>
      </div>
      <div className="start-report" aria-live="off">
        {!analyzed.trim() ? (
          <p className="muted">
            Paste a job posting: Tailor finds its keywords, checks which your resume shows, and scores every bullet
            against them. Nothing is saved until you choose to.
          </p>
        ) : problem ? (
          <p className="warn">{problem}</p>
        ) : (
          score && (
            <>
              <div className="report-head">
                <h2>Match report</h2>
                {!saving && (
                  <button type="button" className="primary" ref={saveButton} onClick={() => setSaving(true)}>
                    Save as application…
                  </button>
                )}
              </div>
              {saving && (
                <NewVariantForm
                  posting={analyzed}
                  defaults={defaults}
                  onCancel={() => {
                    setSaving(false);
                    requestAnimationFrame(() => saveButton.current?.focus());
                  }}
                />
              )}
              {scored?.analysis.ok && scored.analysis.posting.notes.length > 0 && (
                <ul className="notes">
                  {scored.analysis.posting.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
              <MatchPanel score={score} onShowTerm={() => undefined} />
              <ReportKeywords score={score} />
              <ScoredBullets master={master} bullets={score.bullets} />
            </>
          )
        )}
      </div>
    </section>
  );
}

function ReportKeywords({ score }: { score: NonNullable<ReturnType<typeof scoreTailoring>['score']> }) {
  const status = keywordStatuses(score);
  const counted = score.keywords.filter((k) => status.has(k.term.toLowerCase()));
  return (
    <section aria-labelledby="report-kw-h">
      <h3 id="report-kw-h">Keywords</h3>
      <MatchLegend />
      <ul className="chips" aria-label="Posting keywords">
        {counted.map((k) => {
          const st = status.get(k.term.toLowerCase()) ?? 'missing';
          return (
            <li key={k.key} className={`chip st-${st}`}>
              <span className="chip-term">{k.term}</span> <span className="chip-kind">{kindLabel(k.kind)}</span>
              <span className="sr-only">, {st}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ScoredBullets({ master, bullets }: { master: Resume; bullets: readonly BulletScore[] }) {
  const [all, setAll] = useState(false);
  const where = new Map(
    master.sections.flatMap((s) =>
      s.entries.map((e) => [e.id, [e.title, e.organization].filter(Boolean).join(', ') || s.title]),
    ),
  );
  const ranked = [...bullets].sort((a, b) => b.score - a.score);
  const shown = all ? ranked : ranked.slice(0, SHOWN_BULLETS);
  return (
    <section aria-labelledby="report-bullets-h">
      <h3 id="report-bullets-h">
        Your bullets, best first <span className="count">{bullets.length}</span>
      </h3>
      <ol className="scored-bullets" aria-label="Scored bullets">
        {shown.map((b) => {
          const s = Math.round(b.score);
          return (
            <li key={b.bulletId} data-bullet-id={b.bulletId}>
              <span className={`badge score ${s >= 60 ? 'high' : s >= 30 ? 'mid' : 'low'}`} aria-label={`score ${s}`}>
                {s}
              </span>
              <span>
                <HighlightedText text={b.text} matches={b.matches} />
                <span className="muted small"> · {where.get(b.entryId)}</span>
              </span>
            </li>
          );
        })}
      </ol>
      {ranked.length > SHOWN_BULLETS && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show the best 12' : `Show all ${ranked.length}`}
        </button>
      )}
    </section>
  );
}
