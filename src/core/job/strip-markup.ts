/**
 * A posting pasted from a web page's source or a Markdown file: tags, entities and Markdown marks become blanks
 * of the same length, so offsets into the result are offsets into what was pasted (the UI highlights those
 * characters). Block tags start a new line and list items become "- " bullets, so sections and lists survive;
 * script and style content is dropped whole. Plain text passes through unchanged.
 */
const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|dd|dt|dl|blockquote|pre|hr)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  bull: '-',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '.',
};

export function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(p|div|br|li|ul|h[1-6]|span|strong|b|em|a|section|table|script|style)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

export function looksLikeMarkdown(text: string): boolean {
  let marks = 0;
  for (const line of text.split('\n', 400))
    if (/^\s{0,3}(#{1,6}\s|[-*+]\s+\*\*|\*\*[^*]+\*\*|>\s)|\[[^\]]+\]\([^)]+\)/.test(line)) marks++;
  return marks >= 2;
}

/** Same length as the input. */
export function stripMarkup(text: string): string {
  let out = text;
  if (looksLikeHtml(out)) out = stripHtml(out);
  if (looksLikeMarkdown(out)) out = stripMarkdown(out);
  return out;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

function stripHtml(text: string): string {
  return (
    text
      // Script, style and comments say nothing about the job.
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/<![^>]*>/g, blank)
      .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (tag, name: string) => {
        if (/^li$/i.test(name) && !tag.startsWith('</'))
          return tag.length >= 3 ? `\n- ${' '.repeat(tag.length - 3)}` : blank(tag);
        return BLOCK.test(name) ? `\n${' '.repeat(tag.length - 1)}` : blank(tag);
      })
      .replace(/&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (ent, body: string) => {
        let ch = ENTITIES[body.toLowerCase()];
        if (ch === undefined && body.startsWith('#')) {
          const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          // Only one UTF-16 unit keeps the length arithmetic simple; astral characters are emoji here anyway.
          ch = code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ';
        }
        return (ch ?? ' ') + ' '.repeat(ent.length - 1);
      })
  );
}

function stripMarkdown(text: string): string {
  return (
    text
      // [label](https://...) keeps the label; the address is not the posting's words.
      .replace(/(!?)\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m, bang: string, label: string) =>
        ` ${label}${' '.repeat(m.length - label.length - 1)}`.slice(bang ? 0 : 0, m.length),
      )
      .replace(/^(\s{0,3})(#{1,6})(\s)/gm, (_m, a: string, h: string, s: string) => `${a}${' '.repeat(h.length)}${s}`)
      .replace(/\*\*|__|`/g, (m) => ' '.repeat(m.length))
      .replace(/^(\s*)>\s/gm, (_m, a: string) => `${a}  `)
      .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, blank)
      .replace(/\|/g, ' ')
  );
}
