import type { Decision, DecisionReason } from './auto-tailor';

export interface BulletReportLine {
  id: string;
  text: string;
  score: number | null;
  reason: DecisionReason;
}

export interface BulletReport {
  shown: BulletReportLine[];
  hidden: BulletReportLine[];
}

/** The bullets auto-tailor kept and hid, each with its text, score and reason: what `export --json` and the app list. */
export function bulletReport(decisions: readonly Decision[], textOf: (id: string) => string | undefined): BulletReport {
  const line = (d: Decision): BulletReportLine => ({
    id: d.id,
    text: textOf(d.id) ?? '',
    score: d.score,
    reason: d.reason,
  });
  const bullets = decisions.filter((d) => d.kind === 'bullet');
  return {
    shown: bullets.filter((d) => d.action === 'keep').map(line),
    hidden: bullets.filter((d) => d.action === 'hide').map(line),
  };
}
