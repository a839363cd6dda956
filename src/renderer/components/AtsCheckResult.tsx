import { useAtsCheck } from '../store/ats-check-store';

/** "ATS check: 0 problems", or the list: how a text-based ATS reads the file just exported. */
export function AtsCheckResult() {
  const check = useAtsCheck((s) => s.check);
  if (!check) return null;
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
