import { shortAddress } from '../render/link-text';
import type { Link } from '../resume/schema';

const MD_LINK = /^\[([^\]]+)\]\(([^)]*)\)$/;
const BARE_URL = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;

/** A label printed with its address: "LinkedIn: linkedin.com/in/x" or "LinkedIn (linkedin.com/in/x)". */
const LABELLED = /^([^:()[\]|]{1,40}?)(?::\s+(\S+)|\s+\((\S+)\))$/;

/**
 * "[Blog](#)" -> {label: "Blog"}; "[Site](https://x.dev)" -> with url; "x.dev/blog" -> labelled by itself;
 * "Code: x.dev/repo" (a template that prints addresses for a text-only reader) -> {label: "Code", url}.
 */
export function parseLinkPart(part: string): Link | null {
  const t = part.trim();
  const md = MD_LINK.exec(t);
  if (md?.[1]) {
    const url = normalizeUrl(md[2] ?? '');
    const shown = md[1].trim();
    if (!url) return { label: shown };
    const printed = splitPrintedAddress(shown);
    // The label goes only when the printed address is this link's own: otherwise both are what the person wrote.
    const label = printed && sameAddress(printed.address, url) ? printed.label : shown;
    return { label, url };
  }
  if (isBareUrl(t)) {
    const url = normalizeUrl(t);
    return url ? { label: t, url } : { label: t };
  }
  const printed = splitPrintedAddress(t);
  if (printed && isBareUrl(printed.address) && PLAINLY_AN_ADDRESS.test(printed.address)) {
    const url = normalizeUrl(printed.address);
    if (url) return { label: printed.label, url };
  }
  return null;
}

/**
 * Without a hyperlink, "Stack: Vue.js" is not a link: the printed address must have a path, a scheme or "www.", or
 * end in a top-level domain people put on resumes.
 */
const PLAINLY_AN_ADDRESS =
  /^(?:https?:\/\/|www\.)|\/|\.(?:com|org|net|io|dev|me|co|app|ai|edu|gov|info|page|site|xyz|tech|uk|de|fr|nl|se|no|dk|fi|eu|ca|au|in|ch|at|es|it|pl|be|nz|ie|us)$/i;

function isBareUrl(t: string): boolean {
  return BARE_URL.test(t) && !t.includes('@');
}

function splitPrintedAddress(text: string): { label: string; address: string } | null {
  const m = LABELLED.exec(text.trim());
  const label = m?.[1]?.trim();
  const address = m?.[2] ?? m?.[3];
  return label && address && /[\p{L}\p{N}]/u.test(label) ? { label, address } : null;
}

/** "linkedin.com/in/x" printed for "https://www.linkedin.com/in/x/": the same address, shortened. */
function sameAddress(printed: string, url: string): boolean {
  const short = (u: string) => shortAddress(u).toLowerCase();
  return short(printed) === short(url) || short(normalizeUrl(printed) ?? printed) === short(url);
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
  // "Nursing blog", "Personal website": a word or two that say whose, before the link word.
  const last = /^(?:\p{L}[\p{L}'’-]*\s+){1,2}(blog|website|web site|homepage|portfolio)$/iu.test(t);
  return LINK_WORDS.test(t) || last ? { label: t } : null;
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
