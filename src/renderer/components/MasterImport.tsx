import { useRef, useState, type KeyboardEvent } from 'react';
import { UNSURE_BELOW } from '../../core/import/import-verdict';
import { plainText } from '../../core/resume/rich-text';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { replaceDraft } from '../store/master-store';
import './MasterImport.css';

type Imported = MethodOutput<'importResumeFile'> & { fileName: string };

/** The loopback server takes requests up to 8 MB; base64 makes a file a third bigger. */
const MAX_FILE_BYTES = 6 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * "Import a resume file…": the file is read in the page and sent as bytes; the recognized resume is shown beside the
 * source text, and only "Accept into master" changes the draft (one undo step, saved only when the person saves).
 */
export function MasterImport() {
  const input = useRef<HTMLInputElement>(null);
  const recognized = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Imported | null>(null);
  const [at, setAt] = useState(-1);

  // The entries the recognizer was unsure of, in reading order: the review marks them and jumps between them.
  const unsure = result
    ? result.resume.sections.flatMap((s) =>
        s.entries.flatMap((e) => {
          const c = result.certainty.find((x) => x.entryId === e.id && x.sectionId === s.id);
          return c && c.score < UNSURE_BELOW ? [c] : [];
        }),
      )
    : [];
  const certaintyOf = (sectionId: string, entryId: string) =>
    result?.certainty.find((x) => x.entryId === entryId && x.sectionId === sectionId);

  function jump(step: 1 | -1) {
    if (!unsure.length) return;
    const next = ((((at < 0 && step < 0 ? 0 : at) + step) % unsure.length) + unsure.length) % unsure.length;
    setAt(next);
    const c = unsure[next];
    const el = c
      ? recognized.current?.querySelector<HTMLElement>(
          `[data-import-entry="${CSS.escape(`${c.sectionId}/${c.entryId}`)}"]`,
        )
      : null;
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus();
  }

  /** "n" and "p" (or Shift+N) move between unsure entries while the review has the focus, as in a mail reader. */
  function onReviewKey(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (e.key === 'n' || e.key === 'j') {
      e.preventDefault();
      jump(1);
    } else if (e.key === 'p' || e.key === 'N' || e.key === 'k') {
      e.preventDefault();
      jump(-1);
    }
  }

  async function read(file: File) {
    setError(null);
    setResult(null);
    setAt(-1);
    if (file.size > MAX_FILE_BYTES)
      return setError(
        `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; a resume file may be at most 6 MB here.`,
      );
    setBusy(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await getApi().importResumeFile({ fileName: file.name, base64: toBase64(bytes) });
    setBusy(false);
    if (r.ok) setResult({ ...r.value, fileName: file.name });
    else setError(r.error);
  }

  return (
    <section className="m-card" aria-labelledby="m-import">
      <h3 id="m-import">Import</h3>
      <p className="muted small">
        Open a DOCX, PDF, Markdown or text resume, check what was recognized, then accept it into the master (you can
        undo, and nothing is written until you save).
      </p>
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? 'Reading…' : 'Import a resume file…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,.pdf,.md,.markdown,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="master-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && (
        <div className="m-import-review" aria-label={`Import of ${result.fileName}`} onKeyDown={onReviewKey}>
          <div className="m-import-verdict row">
            <p data-testid="import-verdict" role="status">
              {result.verdict.replace(/^recognized/, 'Recognized')}
            </p>
            {unsure.length > 0 && (
              <>
                <button type="button" onClick={() => jump(-1)} aria-keyshortcuts="p">
                  Previous unsure
                </button>
                <button type="button" onClick={() => jump(1)} aria-keyshortcuts="n">
                  Next unsure
                </button>
                <span className="muted small" data-testid="import-unsure-position">
                  {at >= 0 ? `${at + 1} of ${unsure.length}` : `${unsure.length} to check`} · keys N and P
                </span>
              </>
            )}
          </div>
          {/* Scrollable, so focusable: keyboard users scroll it too. */}
          <div className="m-import-side" tabIndex={0} role="region" aria-label={`Source text of ${result.fileName}`}>
            <h4>Source text of {result.fileName}</h4>
            <pre className="m-source">{result.sourceText}</pre>
          </div>
          <div className="m-import-side" tabIndex={0} role="region" aria-label="Recognized resume" ref={recognized}>
            <h4>Recognized</h4>
            <p>
              <strong>{result.resume.basics.name}</strong> {result.resume.basics.email ?? ''}
            </p>
            {result.resume.sections.map((s) => (
              <div key={s.id}>
                <h5>{s.title}</h5>
                {s.kind === 'skills' && (
                  <ul className="small">
                    {result.resume.skills.map((g) => (
                      <li key={g.id}>
                        <strong>{g.label}:</strong> {g.items.join(', ')}
                      </li>
                    ))}
                  </ul>
                )}
                {s.entries.map((e) => {
                  const c = certaintyOf(s.id, e.id);
                  const isUnsure = !!c && c.score < UNSURE_BELOW;
                  const current = isUnsure && unsure[at] === c;
                  return (
                    <div
                      key={e.id}
                      data-import-entry={`${s.id}/${e.id}`}
                      data-unsure={isUnsure || undefined}
                      className={
                        isUnsure
                          ? `m-import-entry m-import-unsure${current ? ' m-import-current' : ''}`
                          : 'm-import-entry'
                      }
                      tabIndex={isUnsure ? -1 : undefined}
                      aria-label={
                        isUnsure ? `Unsure: ${e.title || e.organization || 'entry'}, line ${c.lineNo}` : undefined
                      }
                    >
                      {isUnsure && (
                        <p className="m-import-flag small">
                          <span className="m-import-badge">Unsure</span> line {c.lineNo}:{' '}
                          {c.reasons.join('; ') || 'low certainty'}
                        </p>
                      )}
                      {(e.title || e.organization) && (
                        <p className="small">
                          <strong>{e.title}</strong> {e.organization}
                        </p>
                      )}
                      <ul className="small">
                        {e.bullets.map((b) => (
                          <li key={b.id}>{plainText(b.text)}</li>
                        ))}
                      </ul>
                    </div>
                  );
                })}
              </div>
            ))}
            {result.warnings.length > 0 && (
              <details>
                <summary>{result.warnings.length} line(s) to check</summary>
                <ul className="small">
                  {result.warnings.map((w, i) => (
                    <li key={i}>
                      {w.lineNo ? `line ${w.lineNo}: ` : ''}
                      {w.reason}
                      {w.line ? ` (“${w.line}”)` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <p className="muted small">
            Accepting replaces what the master holds; variants made from it will list its old items as gone and keep
            their rewordings.
          </p>
          <div className="row">
            <button
              type="button"
              onClick={() => {
                replaceDraft(result.resume);
                setResult(null);
                setAt(-1);
              }}
            >
              Accept into master
            </button>
            <button type="button" onClick={() => setResult(null)}>
              Discard
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
