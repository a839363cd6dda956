import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

/**
 * How the tailoring panes are laid out, chosen by the window's width:
 * - wide: posting, resume and the side column (match + preview) side by side;
 * - medium: posting and resume share a tabbed column beside match + preview;
 * - narrow: posting, resume and preview share a tabbed column beside the match panel, so the match rate stays in
 *   view while the resume scrolls;
 * - single: one scrolling column (a window narrower than any laptop's).
 * The numbers keep every resume bullet at least 320 px wide with the library sidebar open.
 */
export type PaneLayout = 'wide' | 'medium' | 'narrow' | 'single';
export type PaneTab = 'posting' | 'resume' | 'preview';

const QUERIES: [PaneLayout, string][] = [
  ['wide', '(min-width: 1600px)'],
  ['medium', '(min-width: 1150px)'],
  ['narrow', '(min-width: 860px)'],
];

function current(): PaneLayout {
  for (const [layout, q] of QUERIES) if (window.matchMedia(q).matches) return layout;
  return 'single';
}

function subscribe(onChange: () => void): () => void {
  const lists = QUERIES.map(([, q]) => window.matchMedia(q));
  lists.forEach((l) => l.addEventListener('change', onChange));
  return () => lists.forEach((l) => l.removeEventListener('change', onChange));
}

export function usePaneLayout(): PaneLayout {
  return useSyncExternalStore(subscribe, current);
}

/** The tabs each layout has; wide and single show every pane at once. */
export function tabsFor(layout: PaneLayout): PaneTab[] {
  return layout === 'medium' ? ['posting', 'resume'] : layout === 'narrow' ? ['posting', 'resume', 'preview'] : [];
}

export const usePaneTab = create<{ tab: PaneTab }>()(() => ({ tab: 'resume' }));

export const showTab = (tab: PaneTab): void => usePaneTab.setState({ tab });

/** The skip link's target: the resume pane, made visible first when it is behind a tab. */
export function focusResume(): void {
  showTab('resume');
  requestAnimationFrame(() => document.getElementById('resume-pane')?.focus());
}
