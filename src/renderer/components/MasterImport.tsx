import { useRef, useState } from 'react';
import { plainText } from '../../core/resume/rich-text';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { replaceDraft } from '../store/master-store';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Imported | null>(null);

  async function read(file: File) {
    setError(null);
    setResult(null);
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
        <div className="m-import-review" aria-label={`Import of ${result.fileName}`}>
          {/* Scrollable, so focusable: keyboard users scroll it too. */}
          <div className="m-import-side" tabIndex={0} role="region" aria-label={`Source text of ${result.fileName}`}>
            <h4>Source text of {result.fileName}</h4>
            <pre className="m-source">{result.sourceText}</pre>
          </div>
          <div className="m-import-side" tabIndex={0} role="region" aria-label="Recognized resume">
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
                {s.entries.map((e) => (
                  <div key={e.id}>
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
                ))}
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
