import { useRef } from 'react';
import { showTab, type PaneTab } from '../lib/pane-layout';

const LABEL: Record<PaneTab, string> = { posting: 'Job posting', resume: 'Resume', preview: 'Preview' };

export const tabPanelId = (tab: PaneTab) => `${tab}-pane`;

/** The panes that share a column at laptop widths: one tab stop, arrows move between tabs (the ARIA tabs pattern). */
export function PaneTabs({ tabs, active }: { tabs: PaneTab[]; active: PaneTab }) {
  const list = useRef<HTMLDivElement>(null);
  const go = (i: number) => {
    const tab = tabs[(i + tabs.length) % tabs.length];
    if (!tab) return;
    showTab(tab);
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`#tab-${tab}`)?.focus());
  };
  return (
    <div className="pane-tabs" role="tablist" aria-label="Panes" ref={list}>
      {tabs.map((t, i) => (
        <button
          key={t}
          id={`tab-${t}`}
          type="button"
          role="tab"
          aria-selected={t === active}
          aria-controls={tabPanelId(t)}
          tabIndex={t === active ? 0 : -1}
          onClick={() => showTab(t)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') go(i + 1);
            else if (e.key === 'ArrowLeft') go(i - 1);
            else if (e.key === 'Home') go(0);
            else if (e.key === 'End') go(tabs.length - 1);
            else return;
            e.preventDefault();
          }}
        >
          {LABEL[t]}
        </button>
      ))}
    </div>
  );
}

export interface TabbedProps {
  tabbed?: boolean;
  hidden?: boolean;
}

/** The attributes a pane takes: a tab panel labelled by its tab when it shares a column, else its own heading. */
export function paneProps(tab: PaneTab, t: TabbedProps, heading: string) {
  return t.tabbed
    ? { id: tabPanelId(tab), role: 'tabpanel' as const, 'aria-labelledby': `tab-${tab}`, hidden: t.hidden }
    : { id: tabPanelId(tab), 'aria-labelledby': heading };
}
