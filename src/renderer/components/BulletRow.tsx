import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef, useState } from 'react';
import type { BulletScore } from '../../core/match';
import { parseInlineMarkdown, plainText, toInlineMarkdown } from '../../core/resume/rich-text';
import type { Bullet } from '../../core/resume/schema';
import type { Rewording } from '../../core/tailor/variant-schema';
import { isStaleRewording, useMasterReport } from '../lib/master-flags';
import { markKeystroke } from '../lib/rescore-timing';
import { applyEdit, useTailor } from '../store/tailor-store';
import { HighlightedText } from './HighlightedText';
import { Toggle } from './ResumePane';

/** One bullet: handle, show/hide, score badge, highlighted words, and rewording for this job only. */
export function BulletRow({
  bullet,
  score,
  hidden,
  rewording,
}: {
  bullet: Bullet;
  score: BulletScore | undefined;
  hidden: boolean;
  rewording: Rewording | undefined;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: bullet.id,
  });
  const [editing, setEditing] = useState(false);
  const rewordButton = useRef<HTMLButtonElement>(null);
  // The text box or "Reset to master" goes away: focus returns to the Reword button, not the page body.
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => rewordButton.current?.focus());
  };
  const stale = useTailor((st) => isStaleRewording(st.master, bullet.id, rewording));
  const isNew = useMasterReport((st) => st.newBullets.has(bullet.id));
  const text = plainText(bullet.text);
  const short = text.length > 48 ? `${text.slice(0, 48)}…` : text;
  const s = score ? Math.round(score.score) : null;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`r-bullet${hidden ? ' is-hidden' : ''}${isDragging ? ' dragging' : ''}${rewording ? ' reworded' : ''}`}
      data-bullet-id={bullet.id}
    >
      <button
        type="button"
        className="handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Move bullet: ${short}`}
      >
        ⠿
      </button>
      <Toggle id={bullet.id} label={`bullet: ${short}`} shown={!hidden} />
      <span
        className={`badge score ${s === null ? '' : s >= 60 ? 'high' : s >= 30 ? 'mid' : 'low'}`}
        title="Relevance to the posting, 0-100"
        aria-label={s === null ? 'not scored' : `score ${s}`}
      >
        {s ?? '–'}
      </span>
      <div className="bullet-body">
        {editing ? (
          <label className="reword">
            <span className="sr-only">Reword this bullet for this job</span>
            <textarea
              autoFocus
              defaultValue={toInlineMarkdown(bullet.text)}
              rows={Math.max(3, Math.ceil(toInlineMarkdown(bullet.text).length / 55))}
              onChange={(e) => {
                markKeystroke('reword');
                // An emptied box is the start of a retyping, not a wording: the last one stands until a letter comes.
                if (e.target.value.trim())
                  applyEdit(
                    { type: 'reword', bulletId: bullet.id, text: parseInlineMarkdown(e.target.value) },
                    `reword:${bullet.id}`,
                  );
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
                  e.preventDefault();
                  stopEditing();
                }
              }}
            />
          </label>
        ) : (
          <p className="bullet-text">{score ? <HighlightedText text={score.text} matches={score.matches} /> : text}</p>
        )}
        <div className="bullet-actions">
          <button
            type="button"
            className="link"
            ref={rewordButton}
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
            aria-label={editing ? 'Done rewording' : `Reword: ${short}`}
          >
            {editing ? 'Done' : 'Reword'}
          </button>
          {isNew && <span className="tag tag-new">new in the master</span>}
          {rewording && (
            <>
              <span className="tag">reworded for this job</span>
              {stale && (
                <span className="tag tag-stale" title={`Reworded from: ${rewording.masterText}`}>
                  master text changed since this rewording
                </span>
              )}
              <button
                type="button"
                className="link"
                onClick={() => {
                  stopEditing();
                  applyEdit({ type: 'clearRewording', bulletId: bullet.id });
                }}
              >
                Reset to master
              </button>
            </>
          )}
        </div>
      </div>
    </li>
  );
}
