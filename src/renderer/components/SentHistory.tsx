import { useState } from 'react';
import type { Resume } from '../../core/resume/schema';
import { plainText } from '../../core/resume/rich-text';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { flushSave } from '../lib/autosave';
import { openById } from '../lib/library';
import { base64ToBytes } from '../lib/pdf-render';
import { setNotice, useTailor } from '../store/tailor-store';
import './applications.css';

type Changes = MethodOutput<'compareSnapshot'>['changes'];
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
};

const sentDate = (at: string) =>
  new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * What left the app for this application: each export frozen in the library, with "open the file", "show what it
 * said" and "compare with now"; the status timeline; and, for an application kept as it was, the way back.
 */
export function SentHistory() {
  const doc = useTailor((s) => s.doc);
  const [said, setSaid] = useState<{ at: string; resume: Resume } | null>(null);
  const [compared, setCompared] = useState<{ at: string; changes: Changes } | null>(null);
  if (!doc) return null;
  const sent = [...doc.exportHistory].filter((e) => e.snapshot).reverse();

  async function openFile(snapshot: string, format: string, fileName: string) {
    const r = await getApi().getSnapshot({ id: doc!.id, snapshot, file: true });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    if (!r.value.intact || !r.value.dataBase64)
      return setNotice({ kind: 'error', text: `${fileName}: the kept copy no longer matches what was sent` });
    const url = URL.createObjectURL(new Blob([base64ToBytes(r.value.dataBase64) as BlobPart], { type: MIME[format] }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function showSaid(snapshot: string) {
    const r = await getApi().getSnapshot({ id: doc!.id, snapshot });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    setCompared(null);
    setSaid({ at: r.value.meta.at, resume: r.value.meta.resolved });
  }

  async function compare(snapshot: string) {
    const r = await getApi().compareSnapshot({ id: doc!.id, snapshot });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    setSaid(null);
    setCompared({ at: r.value.sentAt, changes: r.value.changes });
  }

  async function keep() {
    await flushSave();
    const r = await getApi().keepAsSent({ id: doc!.id, keep: true });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    await openById(doc!.id);
    setNotice({ kind: 'info', text: 'This application is kept as it was: master edits no longer reach it.' });
  }

  return (
    <div className="sent-box">
      {!doc.pinned && doc.status !== 'draft' && (
        <div className="row">
          <button type="button" onClick={() => void keep()}>
            Keep this application as it was
          </button>
        </div>
      )}
      {doc.statusHistory.length > 0 && (
        <ol className="timeline small" aria-label="Status timeline">
          {doc.statusHistory.map((s, i) => (
            <li key={`${s.at}-${i}`}>
              <strong>{s.status}</strong> <time dateTime={s.at}>{new Date(s.at).toLocaleDateString()}</time>
            </li>
          ))}
        </ol>
      )}
      {sent.slice(0, 5).map((e) => (
        <div key={e.snapshot} className="sent-line" data-testid="sent-line">
          <span>
            Sent on <time dateTime={e.at}>{sentDate(e.at)}</time> ({e.fileName}):
          </span>
          <button type="button" className="link" onClick={() => void openFile(e.snapshot!, e.format, e.fileName)}>
            open the file
          </button>
          <button type="button" className="link" onClick={() => void showSaid(e.snapshot!)}>
            show what it said
          </button>
          <button type="button" className="link" onClick={() => void compare(e.snapshot!)}>
            compare with now
          </button>
        </div>
      ))}
      {said && (
        <div className="sent-said" aria-label={`What was sent on ${sentDate(said.at)}`} data-testid="sent-said">
          <button type="button" className="link" onClick={() => setSaid(null)}>
            Close
          </button>
          {said.resume.sections.map((s) => (
            <section key={s.id}>
              <h4>{s.title}</h4>
              {s.entries.map((en) => (
                <div key={en.id}>
                  <strong>{[en.title, en.organization].filter(Boolean).join(', ')}</strong>
                  <ul>
                    {en.bullets.map((b) => (
                      <li key={b.id}>{plainText(b.text)}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
      {compared && (
        <div className="sent-said" aria-label="Sent against now" data-testid="sent-compare">
          <button type="button" className="link" onClick={() => setCompared(null)}>
            Close
          </button>
          <p>
            Since {sentDate(compared.at)}: {compared.changes.changed.length} reworded, {compared.changes.added.length}{' '}
            new, {compared.changes.removed.length} no longer shown, {compared.changes.moved.length} moved;{' '}
            {compared.changes.same} the same.
          </p>
          <ul>
            {compared.changes.changed.map((c) => (
              <li key={c.id}>
                <del>{c.then}</del> → <ins>{c.now}</ins>
              </li>
            ))}
            {compared.changes.added.map((c) => (
              <li key={c.id}>
                <ins>new: {c.text}</ins>
              </li>
            ))}
            {compared.changes.removed.map((c) => (
              <li key={c.id}>
                <del>gone: {c.text}</del>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Always in view for an application kept as it was sent: why master edits do not show, and the way back. */
export function KeptBanner() {
  const doc = useTailor((s) => s.doc);
  if (!doc?.pinned) return null;
  async function follow() {
    await flushSave();
    const r = await getApi().keepAsSent({ id: doc!.id, keep: false });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    await openById(doc!.id);
    setNotice({ kind: 'info', text: 'This application follows the master again.' });
  }
  return (
    <div className="kept-banner" role="status" data-testid="kept-banner">
      <span>Kept as it was sent (since {sentDate(doc.pinned.at)}): master edits do not reach this application.</span>
      <button type="button" onClick={() => void follow()}>
        Apply the master&apos;s changes here
      </button>
    </div>
  );
}
