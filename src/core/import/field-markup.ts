import { parseInlineMarkdown } from '../resume/rich-text';
import type { Link, RichText } from '../resume/schema';
import { normalizeUrl } from './recognize-links';

/**
 * Markdown and emphasis markers in a field's text: the importers turn bold and italic runs into `**`/`*` so one
 * recognizer serves every format, and people type Markdown into Word files and web builders. None of it belongs
 * in a name, a title or an e-mail; a link's text stays and its address is handed back to be kept as a link.
 */
const MD_LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/g;

/** Bold, italic, `__bold__`, `code` and heading marks -> their text; links stay as written. */
export function stripEmphasis(s: string): string {
  return (
    s
      .replace(/^#+\s*/, '')
      .replace(/\*\*\*(.+?)\*\*\*/g, '$1')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
      .replace(UNDERSCORE_BOLD, (_m, pre: string, body: string) => `${pre}${body}`)
      .replace(/`([^`\n]+)`/g, '$1')
      // A marker whose partner went to another line or field ("**Senior Engineer" wrapped before its end).
      .replace(/(^|\s)\*{2,3}(?=[^\s*])|(?<=[^\s*])\*{2,3}(?=\s|$|[,.;:|])/g, '$1')
      .trim()
  );
}

/** `__word__` is bold; `__init__` (an identifier, all lower case) is code and stays. */
const UNDERSCORE_BOLD = /(^|[^\w])__(?!_)(?![a-z0-9_]+__)([^_\n]+?)__(?!\w)/g;

/** A field's text with every marker gone, and the links it held: "[Acme](https://acme.com)" -> "Acme" + the link. */
export function takeLinks(s: string): { text: string; links: Link[] } {
  const links: Link[] = [];
  const text = stripEmphasis(
    s.replace(MD_LINK, (_m, label: string, href: string) => {
      const clean = stripEmphasis(label);
      const url = normalizeUrl(href);
      if (url && clean) links.push({ label: clean, url });
      return label;
    }),
  );
  return { text, links };
}

/** A field's text with every marker gone; links become their text (use takeLinks where the address can be kept). */
export function stripMarkup(s: string): string {
  return takeLinks(s).text;
}

/**
 * A bullet's text -> rich text: `**bold**` and `*italic*` stay as runs (they are the person's emphasis), `__bold__`
 * reads as bold, backticks and link syntax go; the addresses of links come back to be kept on the entry.
 */
export function bulletText(s: string): { text: RichText; links: Link[] } {
  const links: Link[] = [];
  const md = s
    .trim()
    .replace(MD_LINK, (_m, label: string, href: string) => {
      const url = normalizeUrl(href);
      if (url) links.push({ label: stripEmphasis(label), url });
      return label;
    })
    .replace(UNDERSCORE_BOLD, (_m, pre: string, body: string) => `${pre}**${body}**`)
    .replace(/`([^`\n]+)`/g, '$1');
  const runs = parseInlineMarkdown(md).map((r) => ({
    ...r,
    // Markers left without a partner are not text the person wrote.
    text: r.text.replace(/(^|\s)\*{2,3}(?=\S)|(?<=\S)\*{2,3}(?=\s|$)/g, '$1'),
  }));
  const kept = runs.filter((r) => r.text);
  return { text: (kept.length ? kept : [{ text: md }]) as RichText, links };
}
