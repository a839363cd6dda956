import { useState } from 'react';
import { useStore } from 'zustand';
import { VariantStatus } from '../../core/tailor/variant-schema';
import { getApi } from '../api-client';
import { ApplicationFields } from './ApplicationFields';
import { MasterDiff } from './MasterDiff';
import { resolveConflict, useSaveState } from '../lib/autosave';
import { exportAs } from '../lib/export-file';
import { currentVariant, redo, setDoc, setNotice, setTailoring, undo, useTailor } from '../store/tailor-store';

/** The open variant's name, status and the actions on it: auto-tailor, undo/redo, export; and how saving goes. */
export function VariantBar() {
  const doc = useTailor((s) => s.doc);
  const canUndo = useStore(useTailor.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useTailor.temporal, (t) => t.futureStates.length > 0);
  const save = useSaveState();
  const [busy, setBusy] = useState<string | null>(null);
  if (!doc) return null;

  async function auto() {
    const v = currentVariant();
    if (!v) return;
    setBusy('auto');
    const r = await getApi().autoTailor({ variant: v });
    setBusy(null);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    setTailoring(r.value.variant.tailoring);
    const hid = r.value.hiddenToFit.length;
    setNotice({
      kind: 'info',
      text:
        r.value.fits === false
          ? 'Auto-tailored; even hiding every weak bullet does not fit the page target.'
          : `Auto-tailored${hid ? `: hid ${hid} weak bullet${hid > 1 ? 's' : ''} to fit the page target` : ''}.`,
    });
  }

  async function doExport(format: 'pdf' | 'docx') {
    setBusy(format);
    await exportAs(format);
    setBusy(null);
  }

  return (
    <header className="variant-bar">
      <div className="variant-fields">
        <label>
          <span className="field-label">Company</span>
          <input value={doc.company} onChange={(e) => setDoc({ company: e.target.value })} placeholder="Company" />
        </label>
        <label>
          <span className="field-label">Role</span>
          <input value={doc.role} onChange={(e) => setDoc({ role: e.target.value })} placeholder="Role" />
        </label>
        <label>
          <span className="field-label">Status</span>
          <select value={doc.status} onChange={(e) => setDoc({ status: VariantStatus.parse(e.target.value) })}>
            {VariantStatus.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="variant-actions-bar" role="toolbar" aria-label="Tailoring actions">
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title="Undo (Ctrl/Cmd+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          title="Redo (Shift+Ctrl/Cmd+Z)"
        >
          Redo
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void auto()}
          disabled={busy !== null || !doc.posting.text.trim()}
        >
          {busy === 'auto' ? 'Tailoring…' : 'Auto-tailor'}
        </button>
        <button type="button" onClick={() => void doExport('pdf')} disabled={busy !== null}>
          {busy === 'pdf' ? 'Exporting…' : 'Export PDF'}
        </button>
        <button type="button" onClick={() => void doExport('docx')} disabled={busy !== null}>
          {busy === 'docx' ? 'Exporting…' : 'Export DOCX'}
        </button>
        <span className={`save-state save-${save.status}`} role="status" data-testid="save-state">
          {save.status === 'saved'
            ? 'Saved'
            : save.status === 'saving'
              ? 'Saving…'
              : save.status === 'pending'
                ? 'Unsaved changes'
                : save.status === 'error'
                  ? 'Not saved'
                  : 'Conflict'}
        </span>
      </div>
      <details className="notes-box">
        <summary>
          Notes{doc.notes ? ' •' : ''}
          {doc.exportHistory.length > 0 && (
            <span className="muted small"> · last exported {lastExport(doc.exportHistory)}</span>
          )}
        </summary>
        <label>
          <span className="sr-only">Notes on this application</span>
          <textarea
            value={doc.notes}
            rows={3}
            maxLength={100_000}
            placeholder="Recruiter, referral, dates, what to say in the cover letter…"
            onChange={(e) => setDoc({ notes: e.target.value })}
          />
        </label>
        <MasterDiff />
        {doc.exportHistory.length > 0 && (
          <ol className="export-history" aria-label="Export history">
            {[...doc.exportHistory].reverse().map((x) => (
              <li key={x.at + x.fileName}>
                <time dateTime={x.at}>{new Date(x.at).toLocaleString()}</time> {x.fileName} ({x.template})
              </li>
            ))}
          </ol>
        )}
      </details>
      <ApplicationFields />
      {save.status === 'error' && (
        <p className="error" role="alert">
          {save.message}
        </p>
      )}
      {save.status === 'conflict' && (
        <div className="conflict" role="alertdialog" aria-labelledby="conflict-h" aria-describedby="conflict-d">
          <h2 id="conflict-h">This variant changed elsewhere</h2>
          <p id="conflict-d">{save.message} Your changes are still here; nothing was overwritten.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void resolveConflict('mine')}>
              Keep mine (replace the other version)
            </button>
            <button type="button" onClick={() => void resolveConflict('theirs')}>
              Take the other version (drop my changes)
            </button>
          </div>
        </div>
      )}
    </header>
  );
}

function lastExport(history: readonly { at: string; fileName: string }[]): string {
  const last = history.reduce((a, b) => (b.at > a.at ? b : a));
  return `${last.fileName}, ${new Date(last.at).toLocaleDateString()}`;
}
