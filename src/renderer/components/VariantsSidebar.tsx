import { useEffect, useState } from 'react';
import { getApi } from '../api-client';
import { flushSave } from '../lib/autosave';
import { openById, refreshLibrary, useLibrary, variantLabel } from '../lib/library';
import { closeVariant, setNotice, useTailor } from '../store/tailor-store';

/** The library: search, new, duplicate, rename, delete (with undo), and the trash to restore from. */
export function VariantsSidebar({ onNew }: { onNew: () => void }) {
  const { listing, trash, query, lastDeleted } = useLibrary();
  const openId = useTailor((s) => s.doc?.id ?? null);
  const [showTrash, setShowTrash] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);

  useEffect(() => {
    const t = setTimeout(() => void refreshLibrary(), 150);
    return () => clearTimeout(t);
  }, [query]);

  async function run<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T | null> {
    const r = await p;
    if (!r.ok) {
      setNotice({ kind: 'error', text: r.error });
      return null;
    }
    return r.value;
  }

  async function open(id: string) {
    await flushSave();
    await openById(id);
  }

  async function duplicate(id: string) {
    await flushSave();
    const made = await run(getApi().duplicateVariant({ id }));
    if (made) {
      await refreshLibrary();
      await openById(made.variant.id);
    }
  }

  async function rename(id: string, company: string, role: string) {
    await flushSave();
    const done = await run(getApi().renameVariant({ id, company, role }));
    setRenaming(null);
    if (done) {
      await refreshLibrary();
      if (openId === id) await openById(id);
    }
  }

  async function remove(id: string, label: string) {
    await flushSave();
    const done = await run(getApi().deleteVariant({ id }));
    if (!done) return;
    if (openId === id) closeVariant();
    useLibrary.setState({ lastDeleted: { id, label } });
    await refreshLibrary();
  }

  async function restore(id: string) {
    const done = await run(getApi().restoreVariant({ id }));
    if (!done) return;
    useLibrary.setState({ lastDeleted: null });
    await refreshLibrary();
    await openById(id);
  }

  const variants = listing?.variants ?? [];
  return (
    <nav className="sidebar" aria-label="Variants">
      <div className="sidebar-head">
        <h1 className="brand">Tailor</h1>
        <button type="button" className="primary" onClick={onNew}>
          New variant
        </button>
      </div>
      <label className="search">
        <span className="sr-only">Search variants</span>
        <input
          type="search"
          placeholder="Search company, role, posting…"
          value={query}
          onChange={(e) => useLibrary.setState({ query: e.target.value })}
        />
      </label>
      {lastDeleted && (
        <div className="undo-delete" role="status">
          <span>Deleted {lastDeleted.label}.</span>
          <button type="button" onClick={() => void restore(lastDeleted.id)}>
            Undo
          </button>
        </div>
      )}
      <ul className="variant-list" aria-label="Saved variants">
        {variants.length === 0 && (
          <li className="empty">{query ? 'No variant matches.' : 'No variants yet: paste a posting to start one.'}</li>
        )}
        {variants.map((v) => {
          const label = variantLabel(v);
          return (
            <li key={v.id} className={v.id === openId ? 'variant current' : 'variant'}>
              <button
                type="button"
                className="variant-open"
                aria-current={v.id === openId ? 'true' : undefined}
                onClick={() => void open(v.id)}
              >
                <span className="variant-company">{v.company || 'Untitled'}</span>
                <span className="variant-role">{v.role || '—'}</span>
                <span className="variant-meta">
                  <span className={`status status-${v.status}`}>{v.status}</span>
                  <span>{v.matchRate === null ? 'no posting' : `${Math.round(v.matchRate)}% match`}</span>
                  <time dateTime={v.updatedAt}>{new Date(v.updatedAt).toLocaleDateString()}</time>
                </span>
              </button>
              <div className="variant-actions">
                <button type="button" aria-label={`Duplicate ${label}`} onClick={() => void duplicate(v.id)}>
                  Duplicate
                </button>
                <button type="button" aria-label={`Rename ${label}`} onClick={() => setRenaming(v.id)}>
                  Rename
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${label}`}
                  title="Moves it to the trash; can be undone"
                  onClick={() => void remove(v.id, label)}
                >
                  Delete
                </button>
              </div>
              {renaming === v.id && (
                <RenameForm
                  company={v.company}
                  role={v.role}
                  onCancel={() => setRenaming(null)}
                  onSave={(c, r) => void rename(v.id, c, r)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {(listing?.unreadable.length ?? 0) > 0 && (
        <p className="warn">
          {listing?.unreadable.length} file(s) in the library could not be read and were left untouched.
        </p>
      )}
      <details className="trash" open={showTrash} onToggle={(e) => setShowTrash((e.target as HTMLDetailsElement).open)}>
        <summary>Trash ({trash?.variants.length ?? 0})</summary>
        <ul aria-label="Deleted variants">
          {(trash?.variants ?? []).map((v) => (
            <li key={v.id}>
              <span>{variantLabel(v)}</span>
              <button type="button" onClick={() => void restore(v.id)} aria-label={`Restore ${variantLabel(v)}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

function RenameForm(props: {
  company: string;
  role: string;
  onSave: (company: string, role: string) => void;
  onCancel: () => void;
}) {
  const [company, setCompany] = useState(props.company);
  const [role, setRole] = useState(props.role);
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(company, role);
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <label>
        Company
        <input autoFocus value={company} onChange={(e) => setCompany(e.target.value)} />
      </label>
      <label>
        Role
        <input value={role} onChange={(e) => setRole(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="primary">
          Rename
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
