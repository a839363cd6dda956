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

/**
 * Words that name a link when a document shows only its label ("Github", "Blog"): exported PDFs and Word files
 * often keep the label and drop or hide the address.
 */
const LINK_WORDS =
  /^(github|gitlab|bitbucket|blog|demo|live demo|website|web ?site|site|homepage|home page|portfolio|linkedin|twitter|x|mastodon|bluesky|paper|preprint|arxiv|code|source|repo|repository|slides|video|talk|docs|documentation|leaderboard|kaggle|hugging ?face|medium|substack|dev\.to|stack ?overflow|google scholar|scholar|orcid|researchgate|behance|dribbble|app|app store|play store|npm|pypi|crates\.io)$/i;

/** A known link word shown without its address -> a link with only a label. */
export function parseLinkLabel(part: string): Link | null {
  const t = part.trim();
  return LINK_WORDS.test(t) ? { label: t } : null;
}

/** A line made only of links separated by pipes, e.g. "[Blog](#) | [Github](#)"; null otherwise. */
export function parseLinksLine(line: string): Link[] | null {
  const parts = splitParts(line);
  if (!parts.length) return null;
  const links: Link[] = [];
  for (const p of parts) {
    const link = parseLinkPart(p) ?? parseLinkLabel(p);
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
