import { useEffect, useRef, useState } from 'react';
import { useApplication } from '../lib/application-state';
import { variantLabel } from '../lib/library';
import './applications.css';

/**
 * Asked before a master edit reaches applications already sent: for each, apply the change there or keep the
 * application as it was (it is then pinned to what it said, and later master edits leave it alone too).
 */
export function KeepOrApplyDialog() {
  const asking = useApplication((s) => s.asking);
  const [keep, setKeep] = useState<Set<string>>(new Set());
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Keeping is the safe default for something already sent: the person opts in to changing it.
    if (asking) setKeep(new Set(asking.affected.map((a) => a.id)));
    requestAnimationFrame(() => first.current?.focus());
  }, [asking]);
  if (!asking) return null;
  const set = (id: string, k: boolean) =>
    setKeep((prev) => {
      const next = new Set(prev);
      if (k) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <div className="app-dialog-backdrop">
      <div
        className="app-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="keep-apply-h"
        aria-describedby="keep-apply-d"
        onKeyDown={(e) => e.key === 'Escape' && asking.answer(null)}
      >
        <h2 id="keep-apply-h">This change reaches applications you already sent</h2>
        <p id="keep-apply-d">
          Drafts follow the master as always. For each application below, apply the change here, or keep it as it was
          sent (later master edits will leave it alone too; you can let it follow the master again at any time).
        </p>
        <ul className="keep-list">
          {asking.affected.map((a, i) => {
            const c = a.changes;
            const what = [
              c.changed.length && `${c.changed.length} reworded`,
              c.added.length && `${c.added.length} new`,
              c.removed.length && `${c.removed.length} gone`,
              c.moved.length && `${c.moved.length} moved`,
            ]
              .filter(Boolean)
              .join(', ');
            const label = variantLabel(a);
            return (
              <li key={a.id}>
                <strong>{label}</strong> <span className={`status status-${a.status}`}>{a.status}</span>{' '}
                <span className="muted small">bullets: {what}</span>
                <div className="row" role="radiogroup" aria-label={`What to do with ${label}`}>
                  <label>
                    <input
                      ref={i === 0 ? first : undefined}
                      type="radio"
                      name={`keep-${a.id}`}
                      checked={keep.has(a.id)}
                      onChange={() => set(a.id, true)}
                    />{' '}
                    Keep this application as it was
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`keep-${a.id}`}
                      checked={!keep.has(a.id)}
                      onChange={() => set(a.id, false)}
                    />{' '}
                    Apply the change here
                  </label>
                </div>
              </li>
            );
          })}
        </ul>
        <div className="row">
          <button type="button" className="primary" onClick={() => asking.answer(keep)}>
            Save master
          </button>
          <button type="button" onClick={() => asking.answer(null)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
