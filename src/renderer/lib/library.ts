import { create } from 'zustand';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { openVariant, setNotice } from '../store/tailor-store';
import { describeMasterChanges } from './master-changes';
import { useApplication } from './application-state';
import { rememberReport } from './master-flags';

type Listing = MethodOutput<'listVariants'>;
type Trash = MethodOutput<'listTrash'>;

interface LibraryState {
  query: string;
  listing: Listing | null;
  trash: Trash | null;
  /** The variant just deleted, for the "Undo" of the delete notice. */
  lastDeleted: { id: string; label: string } | null;
}

export const useLibrary = create<LibraryState>()(() => ({ query: '', listing: null, trash: null, lastDeleted: null }));

/** Reloads the list and the trash. It never rejects: whatever fails is shown as a notice, the old list stays. */
export async function refreshLibrary(): Promise<void> {
  const api = getApi();
  try {
    const [list, trash] = await Promise.all([
      api.listVariants({ query: useLibrary.getState().query }),
      api.listTrash({}),
    ]);
    if (list.ok) useLibrary.setState({ listing: list.value });
    if (trash.ok) useLibrary.setState({ trash: trash.value });
    const failed = [!list.ok && `the variant list: ${list.error}`, !trash.ok && `the trash: ${trash.error}`];
    const text = failed.filter(Boolean).join('; ');
    if (text) setNotice({ kind: 'error', text: `Could not load ${text}` });
  } catch (e) {
    setNotice({
      kind: 'error',
      text: `Could not load the variant list: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

/**
 * Opens a saved variant. `keepHistory`: the same variant read again after the master changed keeps its undo steps;
 * `quiet`: reopening the last variant at start-up says nothing when it is gone.
 */
export async function openById(id: string, opts: { keepHistory?: boolean; quiet?: boolean } = {}): Promise<void> {
  const r = await getApi().getVariant({ id });
  if (!r.ok) {
    if (opts.quiet) return forgetLastOpen();
    return setNotice({ kind: 'error', text: r.error });
  }
  openVariant(r.value.variant, r.value.revision, {
    keepHistory: opts.keepHistory === true,
    frozenMaster: r.value.frozenMaster,
  });
  useApplication.setState({ orphaned: r.value.orphaned });
  rememberReport(r.value.report);
  const changes = describeMasterChanges(r.value.report);
  if (changes) setNotice({ kind: 'info', text: changes });
}

const LAST_OPEN = 'tailor.lastOpenVariant';

/** The variant open when the window was last closed or reloaded (this machine's storage, only its id). */
export function lastOpenVariant(): string | null {
  try {
    return localStorage.getItem(LAST_OPEN);
  } catch {
    return null;
  }
}

export function rememberLastOpen(id: string | null): void {
  try {
    if (id) localStorage.setItem(LAST_OPEN, id);
    else localStorage.removeItem(LAST_OPEN);
  } catch {
    // Storage refused (private mode, quota): the app only forgets which variant was open.
  }
}

const forgetLastOpen = () => rememberLastOpen(null);

export const variantLabel = (v: { company: string; role: string }): string =>
  [v.company, v.role].filter(Boolean).join(' — ') || 'Untitled variant';
