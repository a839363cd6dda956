import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Resume } from '../../core/resume/schema';
import { editVariant, type VariantEdit } from '../../core/tailor/edit-variant';
import type { Tailoring, Variant } from '../../core/tailor/variant-schema';
import { restoreHistory } from './history-persistence';

/** The open variant minus what undo tracks. Posting text, company and role live here: text fields have their own undo. */
export type VariantDoc = Omit<Variant, 'tailoring' | 'template' | 'pageTarget'>;

/** Undo/redo covers exactly the tailoring choices: order, visibility, rewording, keywords, template, page target. */
interface Tracked {
  tailoring: Tailoring | null;
  template: string;
  pageTarget: number;
}

export interface TailorState extends Tracked {
  master: Resume | null;
  /** An application kept as it was sent shows and edits against the master it is frozen on, not today's. */
  frozenMaster: Resume | null;
  doc: VariantDoc | null;
  /** The library's token for the bytes last read or written; handed back on save to detect changes on disk. */
  revision: string | null;
  /** A note for the person: the last action that failed, in words they can act on. */
  notice: { kind: 'error' | 'info'; text: string } | null;
}

export const useTailor = create<TailorState>()(
  temporal(
    (): TailorState => ({
      master: null,
      frozenMaster: null,
      doc: null,
      revision: null,
      tailoring: null,
      template: 'classic',
      pageTarget: 1,
      notice: null,
    }),
    {
      partialize: (s): Tracked => ({ tailoring: s.tailoring, template: s.template, pageTarget: s.pageTarget }),
      equality: (a, b) => a.tailoring === b.tailoring && a.template === b.template && a.pageTarget === b.pageTarget,
      limit: 200,
    },
  ),
);

export const history = () => useTailor.temporal.getState();

export function currentVariant(s: TailorState = useTailor.getState()): Variant | null {
  if (!s.doc || !s.tailoring) return null;
  return { ...s.doc, tailoring: s.tailoring, template: s.template, pageTarget: s.pageTarget };
}

/**
 * Opens a variant: its history starts empty, so undo never crosses into another variant. The open variant read again
 * (`keepHistory`, after the master was saved) keeps its steps, and the reread is not a step of its own.
 * `frozenMaster` is the master a kept application was sent with (null: it follows the master).
 */
export function openVariant(
  variant: Variant,
  revision: string | null,
  opts: { keepHistory?: boolean; frozenMaster?: Resume | null } = {},
): void {
  const { tailoring, template, pageTarget, ...doc } = variant;
  const frozenMaster = opts.frozenMaster ?? null;
  const same = opts.keepHistory === true && useTailor.getState().doc?.id === variant.id;
  if (same) history().pause();
  useTailor.setState({
    doc,
    tailoring,
    template,
    pageTarget,
    revision,
    frozenMaster,
    ...(same ? {} : { notice: null }),
  });
  if (same) return history().resume();
  history().clear();
  restoreHistory(variant.id);
}

export function closeVariant(): void {
  useTailor.setState({ doc: null, tailoring: null, revision: null, frozenMaster: null, notice: null });
  history().clear();
}

let lastCoalesce: { key: string; at: number } | null = null;

/**
 * One tailoring action through the core's editVariant (which marks it a manual choice). Actions sharing a
 * `coalesce` key within a second (the keystrokes of one rewording) are one undo step.
 */
export function applyEdit(edit: VariantEdit, coalesce?: string): boolean {
  const s = useTailor.getState();
  const v = currentVariant(s);
  const master = s.frozenMaster ?? s.master;
  if (!v || !master) return false;
  const r = editVariant(master, v, edit);
  if (!r.ok) {
    useTailor.setState({ notice: { kind: 'error', text: r.error } });
    return false;
  }
  const now = Date.now();
  const join = coalesce !== undefined && lastCoalesce?.key === coalesce && now - lastCoalesce.at < 1000;
  lastCoalesce = coalesce !== undefined ? { key: coalesce, at: now } : null;
  if (join) history().pause();
  useTailor.setState({ tailoring: r.variant.tailoring });
  if (join) history().resume();
  return true;
}

/** A whole new tailoring at once (auto-tailor): one undo step. */
export function setTailoring(tailoring: Tailoring): void {
  lastCoalesce = null;
  useTailor.setState({ tailoring });
}

export function setTracked(change: Partial<Pick<Tracked, 'template' | 'pageTarget'>>): void {
  lastCoalesce = null;
  useTailor.setState(change);
}

/** Company, role, status, notes and posting: not undo steps (their text boxes have their own undo). */
export function setDoc(change: Partial<VariantDoc>): void {
  const doc = useTailor.getState().doc;
  if (doc) useTailor.setState({ doc: { ...doc, ...change } });
}

export function setNotice(notice: TailorState['notice']): void {
  useTailor.setState({ notice });
}

export function undo(): void {
  lastCoalesce = null;
  history().undo();
}

export function redo(): void {
  lastCoalesce = null;
  history().redo();
}
