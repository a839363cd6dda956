import type { Link } from '../resume/schema';

const MD_LINK = /^\[([^\]]+)\]\(([^)]*)\)$/;
const BARE_URL = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;

/** "[Blog](#)" -> {label: "Blog"}; "[Site](https://x.dev)" -> with url; "x.dev/blog" -> labelled by itself. */
export function parseLinkPart(part: string): Link | null {
  const t = part.trim();
  const md = MD_LINK.exec(t);
  if (md?.[1]) {
    const url = normalizeUrl(md[2] ?? '');
    return url ? { label: md[1].trim(), url } : { label: md[1].trim() };
  }
  if (BARE_URL.test(t) && !t.includes('@')) {
    const url = normalizeUrl(t);
    return url ? { label: t, url } : { label: t };
  }
  return null;
}

/** A line made only of links separated by pipes, e.g. "[Blog](#) | [Github](#)"; null otherwise. */
export function parseLinksLine(line: string): Link[] | null {
  const parts = splitParts(line);
  if (!parts.length) return null;
  const links: Link[] = [];
  for (const p of parts) {
    const link = parseLinkPart(p);
    if (!link) return null;
    links.push(link);
  }
  return links;
}

/** "#" and empty targets are placeholders: keep the label, invent no address. */
export function normalizeUrl(raw: string): string | undefined {
  const u = raw.trim();
  if (!u || u === '#' || /^#/.test(u)) return undefined;
  if (/^(https?:\/\/|mailto:)/i.test(u)) return u;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(u)) return `mailto:${u}`;
  return `https://${u}`;
}

/** Splits on the separators resumes use between items on one line. Empty parts (a trailing "|") are dropped. */
export function splitParts(line: string): string[] {
  return line
    .split(/\s*(?:\||•|·|⋅)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
}
