import { useLayoutEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { markRescored } from '../lib/rescore-timing';
import { scoreTailoring } from '../lib/scoring';
import { useTailor } from '../store/tailor-store';
import { MatchPanel } from './MatchPanel';
import { PostingPane } from './PostingPane';
import { PreviewPane } from './PreviewPane';
import { ResumePane } from './ResumePane';
import { VariantBar } from './VariantBar';

/** The open variant: posting, resume, match and preview side by side, all from one live score. */
export function Workspace({ templates }: { templates: MethodOutput<'listTemplates'>['templates'] }) {
  // A kept application reads as it was sent: against its frozen master.
  const master = useTailor((s) => s.frozenMaster ?? s.master);
  const postingText = useTailor((s) => s.doc?.posting.text ?? '');
  const tailoring = useTailor((s) => s.tailoring);
  const [focusTerm, setFocusTerm] = useState<string | null>(null);
  const scored = useMemo(
    () => (master && tailoring ? scoreTailoring(master, postingText, tailoring) : null),
    [master, postingText, tailoring],
  );
  const bullets = useMemo(() => new Map((scored?.score?.bullets ?? []).map((b) => [b.bulletId, b])), [scored]);
  // After React has committed the rescored view: the end of a keystroke's rescore.
  useLayoutEffect(() => markRescored(), [scored]);

  if (!master || !tailoring || !scored) return null;
  return (
    <div className="workspace">
      <VariantBar />
      <div className="panes">
        <PostingPane analysis={postingText.trim() ? scored.analysis : null} focusTerm={focusTerm} />
        <ResumePane resume={scored.everything} tailoring={tailoring} bullets={bullets} />
        <div className="side">
          <MatchPanel
            score={scored.score}
            onShowTerm={(t) => {
              setFocusTerm(t);
              requestAnimationFrame(() =>
                document
                  .querySelector(`.posting-view mark[data-term="${CSS.escape(t)}"]`)
                  ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
              );
            }}
          />
          <PreviewPane templates={templates} />
        </div>
      </div>
    </div>
  );
}
