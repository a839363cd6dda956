import { useState } from 'react';
import type { SummaryRewording } from '../../core/tailor/variant-schema';
import { markKeystroke } from '../lib/rescore-timing';
import { applyEdit } from '../store/tailor-store';
import './SkillsTailor.css';

/** The summary for this job: the master's until reworded here, flagged when the master's changed since. */
export function SummaryEditor({
  masterSummary,
  rewording,
}: {
  masterSummary: string | undefined;
  rewording: SummaryRewording | null;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const shown = rewording?.text ?? masterSummary ?? '';
  const stale = rewording !== null && rewording.masterText !== (masterSummary ?? '');
  return (
    <section className="summary-editor" aria-labelledby="summary-h" data-testid="summary-editor">
      <h3 id="summary-h">Summary</h3>
      {editing ? (
        <label className="reword">
          <span className="sr-only">Reword the summary for this job</span>
          <textarea
            autoFocus
            value={draft}
            rows={Math.max(3, Math.ceil(draft.length / 70))}
            maxLength={20_000}
            onChange={(e) => {
              setDraft(e.target.value);
              markKeystroke('reword');
              // An emptied box is a draft, not a decision: the summary stays as it was until there is text again.
              if (e.target.value.trim()) applyEdit({ type: 'rewordSummary', text: e.target.value }, 'reword:summary');
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
            }}
          />
        </label>
      ) : shown ? (
        <p className="summary-text">{shown}</p>
      ) : (
        <p className="muted small">The master resume has no summary.</p>
      )}
      <div className="bullet-actions">
        <button
          type="button"
          className="link"
          aria-expanded={editing}
          onClick={() => {
            setDraft(shown);
            setEditing(!editing);
          }}
        >
          {editing ? 'Done' : shown ? 'Reword the summary' : 'Write a summary for this job'}
        </button>
        {rewording && (
          <>
            <span className="tag">reworded for this job</span>
            {stale && (
              <span className="tag tag-stale" title={`Reworded from: ${rewording.masterText}`}>
                master summary changed since this rewording
              </span>
            )}
            <button
              type="button"
              className="link"
              onClick={() => {
                setEditing(false);
                applyEdit({ type: 'clearSummary' });
              }}
            >
              Reset to master
            </button>
          </>
        )}
      </div>
    </section>
  );
}
