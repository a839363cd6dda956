/**
 * The project's three slug rules, side by side. They differ on purpose and each is frozen: what they make is
 * stored (item ids in the master and in variants, skill ids in the taxonomy data, variant file names on disk), so a
 * change to a rule would orphan what people already have. tests/core/slug.test.ts holds the rules as they were and
 * checks these give the same bytes on the taxonomy, the test postings and random text.
 */

/**
 * An item id (section, entry, bullet) from its text: "Qwen3.5 Engine" -> "qwen3-5-engine". Accents dropped,
 * "++" -> "pp" and "#" -> "sharp" (so C++ and C# stay apart), cut at a whole word within `maxLength`; a first word
 * longer than that is cut. May be empty (no letters or digits): the caller supplies a fallback.
 */
export function itemId(text: string, maxLength = 40): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > maxLength) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, maxLength);
}

/**
 * A skill's id from its canonical name: ".NET" -> "dotnet", "C++" -> "cpp", "C#" -> "csharp". No Unicode folding:
 * skill names are curated ASCII, and the generated taxonomy data was built with exactly this rule.
 */
export function skillId(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\./, 'dot')
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file-name-safe slug: ASCII letters and digits joined by single dashes, at most `max` characters, never empty
 * ("untitled"). Nothing of the input survives that could mean a path ("../", "a/b", "C:"), a device ("CON") or a
 * hidden file.
 */
export function fileSlug(text: string, max = 60): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii.length > max ? ascii.slice(0, max).replace(/-[^-]*$/, '') || ascii.slice(0, max) : ascii;
  slug = slug.replace(/-+$/g, '');
  return slug || 'untitled';
}
