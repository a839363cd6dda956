import type { MatchSpan } from '../../core/match';

/** A line with its matched words marked by kind; the title says which posting keyword each one is evidence for. */
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
      <mark key={m.start} className={`hl hl-${m.kind}`} title={why}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

export function Legend() {
  return (
    <p className="legend" aria-label="Highlight colors">
      <mark className="hl hl-exact">exact</mark> the posting&rsquo;s word <mark className="hl hl-alias">alias</mark>{' '}
      another name for it <mark className="hl hl-stem">form</mark> another form of the word{' '}
      <mark className="hl hl-related">related</mark> a related skill
    </p>
  );
}
