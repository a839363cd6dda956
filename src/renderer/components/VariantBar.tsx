import { useState } from 'react';
import { useStore } from 'zustand';
import { VariantStatus } from '../../core/tailor/variant-schema';
import { ApplicationFields } from './ApplicationFields';
import { AtsCheckResult } from './AtsCheckResult';
import { MasterDiff } from './MasterDiff';
import { resolveConflict, useSaveState } from '../lib/autosave';
import { exportAs } from '../lib/export-file';
import { propose, useProposal } from '../store/proposal-store';
import { redo, setDoc, undo, useTailor } from '../store/tailor-store';

/** The open variant's name, status and the actions on it: auto-tailor, undo/redo, export; and how saving goes. */
export function VariantBar() {
  const doc = useTailor((s) => s.doc);
  const canUndo = useStore(useTailor.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useTailor.temporal, (t) => t.futureStates.length > 0);
  const save = useSaveState();
  const [busy, setBusy] = useState<string | null>(null);
  const proposing = useProposal((s) => s.busy);
  if (!doc) return null;

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
          onClick={() => void propose(false)}
          disabled={busy !== null || proposing || !doc.posting.text.trim()}
          title="Shows what auto-tailor would hide, move and keep; nothing changes until you apply it"
        >
          {proposing ? 'Tailoring…' : 'Auto-tailor'}
        </button>
        <button
          type="button"
          onClick={() => void propose(true)}
          disabled={busy !== null || proposing || !doc.posting.text.trim()}
          title="Proposes the automatic tailoring, forgetting what you ordered, showed and hid by hand"
        >
          Reset my choices
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
      <AtsCheckResult />
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
