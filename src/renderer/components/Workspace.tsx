import { useLayoutEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { tabsFor, usePaneLayout, usePaneTab, type PaneTab } from '../lib/pane-layout';
import { markRescored } from '../lib/rescore-timing';
import { scoreTailoring } from '../lib/scoring';
import { useTailor } from '../store/tailor-store';
import { MatchLegend } from './MatchLegend';
import { MatchPanel } from './MatchPanel';
import { PaneTabs } from './PaneTabs';
import { PostingPane } from './PostingPane';
import { PreviewPane } from './PreviewPane';
import { ResumePane } from './ResumePane';
import { VariantBar } from './VariantBar';

/**
 * The open variant: posting, resume, match and preview from one live score. How they share the window depends on
 * its width (lib/pane-layout.ts); the panes themselves are the same components in every layout.
 */
export function Workspace({ templates }: { templates: MethodOutput<'listTemplates'>['templates'] }) {
  // A kept application reads as it was sent: against its frozen master.
  const master = useTailor((s) => s.frozenMaster ?? s.master);
  const postingText = useTailor((s) => s.doc?.posting.text ?? '');
  const tailoring = useTailor((s) => s.tailoring);
  const layout = usePaneLayout();
  const chosen = usePaneTab((s) => s.tab);
  const [focusTerm, setFocusTerm] = useState<string | null>(null);
  const scored = useMemo(
    () => (master && tailoring ? scoreTailoring(master, postingText, tailoring) : null),
    [master, postingText, tailoring],
  );
  const bullets = useMemo(() => new Map((scored?.score?.bullets ?? []).map((b) => [b.bulletId, b])), [scored]);
  // After React has committed the rescored view: the end of a keystroke's rescore.
  useLayoutEffect(() => markRescored(), [scored]);

  if (!master || !tailoring || !scored) return null;
  const tabs = tabsFor(layout);
  const tab: PaneTab = tabs.includes(chosen) ? chosen : 'resume';
  // A pane behind a tab stays mounted (its scroll position and the drawn preview survive a tab switch).
  const tabbed = (t: PaneTab) =>
    tabs.includes(t) ? { tabbed: true, hidden: t !== tab } : { tabbed: false, hidden: false };
  const preview = <PreviewPane templates={templates} {...tabbed('preview')} />;
  return (
    <div className="workspace">
      <VariantBar />
      <MatchLegend />
      <div className="panes" data-layout={layout}>
        <div className="pane-stack">
          {tabs.length > 0 && <PaneTabs tabs={tabs} active={tab} />}
          <PostingPane
            analysis={postingText.trim() ? scored.analysis : null}
            focusTerm={focusTerm}
            score={scored.score}
            {...tabbed('posting')}
          />
          <ResumePane resume={scored.everything} tailoring={tailoring} bullets={bullets} {...tabbed('resume')} />
          {tabs.includes('preview') && preview}
        </div>
        <div className="side">
          <MatchPanel
            score={scored.score}
            hidden={tailoring.hidden}
            onShowTerm={(t) => {
              setFocusTerm(t);
              if (tabs.includes('posting')) usePaneTab.setState({ tab: 'posting' });
              requestAnimationFrame(() =>
                document
                  .querySelector(`.posting-view mark[data-term="${CSS.escape(t)}"]`)
                  ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
              );
            }}
          />
          {!tabs.includes('preview') && preview}
        </div>
      </div>
    </div>
  );
}
