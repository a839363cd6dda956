import { useAtsCheck, type AtsCheck } from '../store/ats-check-store';

/**
 * After an export: "ATS check: 0 problems" or the list (how a text-based ATS reads the file just exported), what
 * this template does not print, or, when nothing was written, why and what would have to go.
 */
export function AtsCheckResult() {
  const check = useAtsCheck((s) => s.check);
  if (!check) return null;
  if (check.overflow)
    return (
      <div className="warn small" role="alert" data-testid="ats-check">
        <p>
          {check.fileName} was not written: {check.overflow.message}
        </p>
        {check.overflow.wouldGo.length > 0 && (
          <ul aria-label="Would have to go">
            {check.overflow.wouldGo.slice(0, 10).map((w) => (
              <li key={w.id}>{w.text}</li>
            ))}
            {check.overflow.wouldGo.length > 10 && <li>and {check.overflow.wouldGo.length - 10} more</li>}
          </ul>
        )}
      </div>
    );
  return (
    <>
      <AtsLine check={check} />
      {check.notShown.length > 0 && (
        <p className="warn small" data-testid="not-shown">
          Not printed by this template: {check.notShown.join('; ')}
        </p>
      )}
    </>
  );
}

function AtsLine({ check }: { check: AtsCheck }) {
  if (check.error)
    return (
      <p className="warn small" role="status" data-testid="ats-check">
        ATS check of {check.fileName} could not run: {check.error}
      </p>
    );
  if (check.problems === null)
    return (
      <p className="muted small" role="status" data-testid="ats-check">
        ATS check of {check.fileName}…
      </p>
    );
  if (check.problems.length === 0)
    return (
      <p className="small" role="status" data-testid="ats-check">
        ATS check of {check.fileName}: 0 problems.
      </p>
    );
  return (
    <div className="warn small" role="status" data-testid="ats-check">
      <p>
        ATS check of {check.fileName}: {check.problems.length} problem{check.problems.length === 1 ? '' : 's'}
      </p>
      <ul>
        {check.problems.slice(0, 20).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
        {check.problems.length > 20 && <li>and {check.problems.length - 20} more</li>}
      </ul>
    </div>
  );
}
