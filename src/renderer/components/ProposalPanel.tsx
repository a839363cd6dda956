import type { Resume } from '../../core/resume/schema';
import type { Tailoring } from '../../core/tailor/variant-schema';
import { acceptProposal, discardProposal, useProposal, type Proposal } from '../store/proposal-store';
import { useTailor } from '../store/tailor-store';
import './ProposalPanel.css';

type Decision = Proposal['decisions'][number];

const REASON: Record<Decision['reason'], string> = {
  fits: 'strong enough to stay',
  'below-threshold': 'below the threshold',
  'to-fit': 'weakest of what could go, to fit the page target',
  'entry-hidden': 'its best bullet is weaker than what else would go',
  'two-bullet-rule': 'kept so its entry shows two bullets',
  manual: 'your choice, left as it is',
  reworded: 'reworded for this job',
  relevance: 'by relevance to the posting',
};

/**
 * What auto-tailor would do, before it does it: each hide, move and keep with the score that decided it and why.
 * Nothing changes until "Apply", which is one undo step; the person's own choices are listed as theirs.
 */
export function ProposalPanel() {
  const proposal = useProposal((s) => s.proposal);
  const master = useTailor((s) => s.master);
  const current = useTailor((s) => s.tailoring);
  if (!proposal || !master || !current) return null;
  const name = namer(master);
  const inHiddenEntry = bulletsOfHiddenEntries(master, proposal.decisions);
  const hides = proposal.decisions
    .filter((d) => d.action === 'hide' && !inHiddenEntry.has(d.id))
    .sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
  const moves = [...bulletMoves(master, current, proposal), ...proposal.decisions.filter((d) => d.action === 'move')];
  const keeps = proposal.decisions.filter((d) => d.action === 'keep').sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const newlyHidden = hides.filter((d) => !isHidden(current, d)).length;
  const shownAgain = keeps.filter((d) => isHidden(current, d)).length;
  return (
    <section className="proposal" aria-labelledby="proposal-h" data-testid="proposal">
      <h3 id="proposal-h">{proposal.reset ? 'Auto-tailor, with your choices reset' : 'Auto-tailor proposes'}</h3>
      <p className="muted small" data-testid="proposal-summary">
        Hide {newlyHidden} more, show {shownAgain} again, move {moves.length}
        {proposal.fits === false ? '; even then it does not fit the page target' : ''}. Nothing changes until you apply
        it.
      </p>
      <div className="row proposal-actions">
        <button type="button" className="primary" onClick={acceptProposal}>
          Apply proposal
        </button>
        <button type="button" onClick={discardProposal}>
          Discard
        </button>
      </div>
      <DecisionList title="Would hide" items={hides} name={name} current={current} testId="proposal-hide" />
      <DecisionList title="Would move" items={moves} name={name} current={current} testId="proposal-move" />
      <details>
        <summary>Would keep ({keeps.length})</summary>
        <DecisionList title="Would keep" items={keeps} name={name} current={current} testId="proposal-keep" hideTitle />
      </details>
    </section>
  );
}

function DecisionList(props: {
  title: string;
  items: Decision[];
  name: (d: Decision) => string;
  current: Tailoring;
  testId: string;
  hideTitle?: boolean;
}) {
  return (
    <>
      {!props.hideTitle && (
        <h4>
          {props.title} <span className="count">{props.items.length}</span>
        </h4>
      )}
      {props.items.length === 0 ? (
        <p className="muted small">Nothing.</p>
      ) : (
        // Focusable: the list scrolls, and a keyboard user must be able to scroll it.
        <ul className="decisions" aria-label={props.title} data-testid={props.testId} tabIndex={0}>
          {props.items.map((d) => (
            <li key={`${d.kind}:${d.id}:${d.item ?? ''}`} data-decision-id={d.id} data-kind={d.kind}>
              <span className="badge" title="The score that decided it (0-100)">
                {d.score === null ? '–' : Math.round(d.score)}
              </span>{' '}
              <span className="decision-what">{props.name(d)}</span>{' '}
              <span className="muted small">
                {REASON[d.reason]}
                {d.action === 'hide' && isHidden(props.current, d) ? ' (already hidden)' : ''}
                {d.action === 'keep' && isHidden(props.current, d) ? ' (shown again)' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Bullets the proposal puts elsewhere in their entry (by score), with the score that placed them. */
function bulletMoves(master: Resume, current: Tailoring, p: Proposal): Decision[] {
  const byId = new Map(p.decisions.filter((d) => d.kind === 'bullet').map((d) => [d.id, d]));
  const out: Decision[] = [];
  for (const s of master.sections)
    for (const e of s.entries) {
      const was = current.bulletOrder[e.id] ?? e.bullets.map((b) => b.id);
      const now = p.tailoring.bulletOrder[e.id] ?? was;
      now.forEach((id, i) => {
        const d = byId.get(id);
        // Only what would be shown: the order of hidden bullets is not on the page.
        if (was.indexOf(id) !== i && d?.action === 'keep') out.push({ ...d, action: 'move', reason: 'relevance' });
      });
    }
  return out;
}

function isHidden(t: Tailoring, d: Decision): boolean {
  if (d.kind === 'bullet') return t.hidden.bullets.includes(d.id) || false;
  if (d.kind === 'entry') return t.hidden.entries.includes(d.id);
  if (d.kind === 'section') return t.hidden.sections.includes(d.id);
  return false;
}

/** A hidden entry is listed once, with its bullet count; its bullets would only repeat it. */
function bulletsOfHiddenEntries(master: Resume, decisions: readonly Decision[]): Set<string> {
  const hiddenEntries = new Set(decisions.filter((d) => d.kind === 'entry' && d.action === 'hide').map((d) => d.id));
  const out = new Set<string>();
  for (const s of master.sections)
    for (const e of s.entries) if (hiddenEntries.has(e.id)) for (const b of e.bullets) out.add(b.id);
  for (const d of decisions) if (d.kind === 'bullet' && d.reason !== 'entry-hidden') out.delete(d.id);
  return out;
}

function namer(master: Resume): (d: Decision) => string {
  const sections = new Map(master.sections.map((s) => [s.id, s.title]));
  const entries = new Map(
    master.sections.flatMap((s) =>
      s.entries.map(
        (e) =>
          [
            e.id,
            { name: [e.title, e.organization].filter(Boolean).join(' — ') || s.title, n: e.bullets.length },
          ] as const,
      ),
    ),
  );
  const groups = new Map(master.skills.map((g) => [g.id, g.label]));
  const cut = (t: string) => (t.length > 110 ? `${t.slice(0, 110)}…` : t);
  return (d) => {
    switch (d.kind) {
      case 'section':
        return `Section “${sections.get(d.id) ?? d.id}”`;
      case 'entry': {
        const e = entries.get(d.id);
        return `Whole entry “${e?.name ?? d.id}” (${e?.n ?? 0} bullets)`;
      }
      case 'skill-group':
        return `Skill group “${groups.get(d.id) ?? d.id}”`;
      case 'skill':
        return `“${d.item ?? ''}” in ${groups.get(d.id) ?? d.id}`;
      default:
        return cut(d.text ?? d.id);
    }
  };
}
