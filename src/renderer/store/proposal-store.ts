import { create } from 'zustand';
import type { MethodOutput } from '../../service/service-table';
import type { Tailoring } from '../../core/tailor/variant-schema';
import { currentVariant, setNotice, setTailoring, useTailor } from './tailor-store';
import { getApi } from '../api-client';
import { editVariant } from '../../core/tailor/edit-variant';

type Proposed = MethodOutput<'autoTailor'>;

export interface Proposal {
  tailoring: Tailoring;
  decisions: Proposed['decisions'];
  fits: boolean | null;
  /** The tailoring it was proposed for: applying is refused if the person changed things meanwhile. */
  basis: Tailoring;
  /** "Reset my choices": the proposal starts from no manual choices at all. */
  reset: boolean;
}

interface ProposalState {
  proposal: Proposal | null;
  busy: boolean;
}

/** Auto-tailor's proposal for the open variant: shown for the person to read, applied only when they say so. */
export const useProposal = create<ProposalState>()(() => ({ proposal: null, busy: false }));

/**
 * Asks the service what auto-tailor would do (the autoTailor method saves nothing). With `reset`, the proposal is
 * made as if the person had made no choices: manual orders, toggles and hidden skills are forgotten first.
 */
export async function propose(reset = false): Promise<void> {
  const s = useTailor.getState();
  const v = currentVariant(s);
  if (!v || !s.master) return;
  let start = v;
  if (reset) {
    const r = editVariant(s.master, v, { type: 'resetManual' });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    start = r.variant;
  }
  useProposal.setState({ busy: true });
  const r = await getApi().autoTailor({ variant: start });
  useProposal.setState({ busy: false });
  if (!r.ok) return setNotice({ kind: 'error', text: r.error });
  useProposal.setState({
    proposal: {
      tailoring: r.value.variant.tailoring,
      decisions: r.value.decisions,
      fits: r.value.fits,
      basis: v.tailoring,
      reset,
    },
  });
}

/** Applies the proposal as ONE undo step (Undo puts the variant back exactly as it was). */
export function acceptProposal(): void {
  const p = useProposal.getState().proposal;
  if (!p) return;
  if (useTailor.getState().tailoring !== p.basis) {
    useProposal.setState({ proposal: null });
    return setNotice({ kind: 'error', text: 'The variant changed since this proposal: run auto-tailor again.' });
  }
  setTailoring(p.tailoring);
  useProposal.setState({ proposal: null });
  const hid = p.decisions.filter((d) => d.action === 'hide' && d.kind === 'bullet' && d.reason !== 'manual').length;
  setNotice({
    kind: 'info',
    text:
      `${p.reset ? 'Your choices were reset and the' : 'The'} proposal was applied` +
      `${hid ? ` (${hid} bullet${hid > 1 ? 's' : ''} hidden)` : ''}; Undo takes it back in one step.`,
  });
}

export function discardProposal(): void {
  useProposal.setState({ proposal: null });
}

// A proposal belongs to the variant it was made for: opening another one drops it.
useTailor.subscribe((s, prev) => {
  if (s.doc?.id !== prev.doc?.id) useProposal.setState({ proposal: null });
});
