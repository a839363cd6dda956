import type { MatchSpan } from '../../core/match';
import { spanStatus } from '../lib/keyword-status';

/** A line with its matched words marked found (the word, an alias or a form of it) or weak (a related skill); the title says which posting keyword each one is evidence for. */
export function HighlightedText({ text, matches }: { text: string; matches: readonly MatchSpan[] }) {
  const spans = [...matches]
    .filter((m) => m.end > m.start && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    if (m.start > at) out.push(text.slice(at, m.start));
    const why =
      m.kind === 'exact'
        ? m.term
        : m.kind === 'related'
          ? `related to ${m.term}${m.via ? ` (via ${m.via})` : ''}`
          : `${m.kind} of ${m.term}`;
    out.push(
      <mark key={m.start} className={`hl st st-${spanStatus(m.kind)}`} data-match={m.kind} title={why}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
