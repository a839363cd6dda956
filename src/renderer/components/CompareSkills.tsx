import type { MethodOutput } from '../../service/service-table';

type Diff = MethodOutput<'diffVariants'>;

/**
 * One side's summary and skills where the two applications differ: the summary as that side prints it, and each
 * skill group or skill shown, hidden, moved, added or removed between them.
 */
export function CompareSkills({ diff, side }: { diff: Diff; side: 'a' | 'b' }) {
  if (!diff.summaryText && !diff.skills.length) return null;
  return (
    <div className="compare-skills" data-testid={`compare-skills-${side}`}>
      {diff.summaryText && (
        <div className="compare-item" data-testid={`compare-summary-text-${side}`}>
          <span className="tag">summary</span>
          <span className="tag">reworded</span>
          <span className="text">{diff.summaryText[side] || '(no summary)'}</span>
        </div>
      )}
      {diff.skills.map((k) => {
        const s = k[side];
        const what = k.item === null ? `${k.group} (group)` : `${k.group}: ${k.item}`;
        return (
          <div
            key={`${k.groupId}\u0000${k.item ?? ''}`}
            className={`compare-item${s.shown ? '' : ' is-hidden'}`}
            data-skill={k.item ?? ''}
          >
            <span className="tag">skill</span>
            {k.changes.map((c) => (
              <span key={c} className="tag">
                {c}
              </span>
            ))}
            {s.position !== null && <span className="muted small">#{s.position + 1} </span>}
            <span className="text">{s.shown ? what : `not shown: ${what}`}</span>
          </div>
        );
      })}
    </div>
  );
}
