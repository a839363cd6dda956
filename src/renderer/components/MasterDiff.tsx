import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { useTailor } from '../store/tailor-store';

/** How the saved variant differs from the master, in counts (refreshed after each save). */
export function MasterDiff() {
  const id = useTailor((s) => s.doc?.id);
  const revision = useTailor((s) => s.revision);
  const [diff, setDiff] = useState<MethodOutput<'diffVariants'> | null>(null);
  useEffect(() => {
    if (!id) return;
    let stale = false;
    void getApi()
      .diffVariants({ a: 'master', b: id })
      .then((r) => !stale && setDiff(r.ok ? r.value : null));
    return () => {
      stale = true;
    };
  }, [id, revision]);
  if (!diff) return null;
  const { hidden, shown, moved, reworded, skills, summaryReworded } = diff.summary;
  return (
    <p className="muted small" data-testid="master-diff">
      Saved version against the master: {hidden} hidden, {moved} moved, {reworded} reworded
      {shown ? `, ${shown} shown` : ''}
      {skills ? `, ${skills} skill change${skills === 1 ? '' : 's'}` : ''}
      {summaryReworded ? ', summary reworded' : ''}.
    </p>
  );
}
