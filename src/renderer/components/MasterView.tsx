import { useEffect, useMemo, useState } from 'react';
import { validateResume } from '../../core/resume/validate-resume';
import { getApi } from '../api-client';
import { confirmMasterSave } from '../lib/application-state';
import { describeWhere, tidyProblems } from '../lib/master-problems';
import { isMasterDirty, loadDraft, markSaved, redoMaster, undoMaster, useMasterEdit } from '../store/master-store';
import { useTailor } from '../store/tailor-store';
import { MasterBasics } from './MasterBasics';
import { MasterImport } from './MasterImport';
import { MasterSections } from './MasterSections';

const inTextBox = (t: EventTarget | null) =>
  t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type === 'text');

/**
 * The master resume editor. Edits go to a draft with its own undo; Save validates with the same schema the service
 * uses, and the service keeps the previous file as a backup. `onSaved` lets the app bring the open variant up to date.
 */
export function MasterView({ onSaved }: { onSaved: () => void }) {
  const draft = useMasterEdit((s) => s.draft);
  const dirty = useMasterEdit((s) => isMasterDirty(s));
  const file = useMasterEdit((s) => s.file);
  const canUndo = useMasterEdit.temporal.getState().pastStates.length > 0;
  const canRedo = useMasterEdit.temporal.getState().futureStates.length > 0;
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const problems = useMemo(() => {
    if (!draft) return [];
    const v = validateResume(draft);
    return v.ok ? [] : tidyProblems(v.problems);
  }, [draft]);

  useEffect(() => {
    if (useMasterEdit.getState().draft) return;
    void getApi()
      .openMaster({})
      .then((r) =>
        r.ok ? loadDraft(r.value.resume, r.value.revision, r.value.file) : setStatus({ kind: 'error', text: r.error }),
      );
  }, []);

  async function save() {
    const s = useMasterEdit.getState();
    if (!s.draft || saving) return;
    if (problems.length)
      return setStatus({
        kind: 'error',
        text: `Not saved: ${problems.length} problem(s) to fix first (listed above the editor).`,
      });
    setSaving(true);
    // Applications already sent are asked about first: apply the change to them, or keep them as they were.
    const go = await confirmMasterSave(s.draft).catch((e: unknown) => {
      setStatus({ kind: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    });
    if (!go) return setSaving(false);
    const r = await getApi().saveMaster({ resume: s.draft, ...(s.revision ? { expectedRevision: s.revision } : {}) });
    setSaving(false);
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    markSaved(r.value.resume, r.value.revision);
    useTailor.setState({ master: r.value.resume });
    setStatus({
      kind: 'info',
      text: `Saved to ${r.value.file}${r.value.backup ? `; the previous version is in ${r.value.backup}` : ''}.`,
    });
    onSaved();
  }

  async function reload() {
    const r = await getApi().openMaster({});
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    loadDraft(r.value.resume, r.value.revision, r.value.file);
    // The tailoring view and the preview must both use what is on disk now, not the master read at start-up.
    useTailor.setState({ master: r.value.resume });
    setStatus({ kind: 'info', text: 'Reloaded the master resume from disk.' });
    onSaved();
  }

  useEffect(() => {
    // Capture phase: in this view Ctrl+Z is the master's undo and Ctrl+S its save, not the variant's.
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        e.stopPropagation();
        void save();
      } else if ((k === 'z' || k === 'y') && !inTextBox(e.target)) {
        e.preventDefault();
        e.stopPropagation();
        if (k === 'y' || e.shiftKey) redoMaster();
        else undoMaster();
      }
    };
    // Unsaved master edits live only in this page: closing it asks first.
    const beforeUnload = (e: BeforeUnloadEvent) => isMasterDirty() && e.preventDefault();
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  });

  if (!draft)
    return status ? (
      <p role="alert" className="error">
        {status.text}
      </p>
    ) : (
      <p role="status">Loading your master resume…</p>
    );

  return (
    <div className="master-view">
      <div className="m-toolbar">
        <h2>Master resume</h2>
        <span className="muted small">{file}</span>
        <button type="button" onClick={undoMaster} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" onClick={redoMaster} disabled={!canRedo}>
          Redo
        </button>
        <button type="button" onClick={() => void reload()}>
          Reload from disk
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={saving || !dirty}>
          {saving ? 'Saving…' : 'Save master'}
        </button>
        <span className="save-state" data-testid="master-save-state">
          {dirty ? 'Unsaved changes' : 'Saved'}
        </span>
      </div>
      {status && (
        <div className={`notice notice-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{status.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => setStatus(null)}>
            ×
          </button>
        </div>
      )}
      {problems.length > 0 && (
        <div className="warn" role="status" data-testid="master-problems">
          <strong>{problems.length} thing(s) to fix before saving:</strong>
          <ul className="small">
            {problems.slice(0, 12).map((p, i) => (
              <li key={i}>
                {describeWhere(p.path, draft)}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <MasterImport />
      <MasterBasics
        draft={draft}
        problems={problems}
        onDeleted={(what) => setStatus({ kind: 'info', text: `Deleted ${what}. Undo (Ctrl+Z) brings it back.` })}
      />
      <MasterSections
        draft={draft}
        problems={problems}
        onDeleted={(what) => setStatus({ kind: 'info', text: `Deleted ${what}. Undo (Ctrl+Z) brings it back.` })}
      />
    </div>
  );
}
