import { VariantId } from '../core/tailor/variant-schema';

export const VARIANT_FILE_SUFFIX = '.variant.json';
const MAX_SLUG = 60;

/**
 * A file-name-safe slug: ASCII letters and digits joined by single dashes, at most 60 characters, never empty.
 * Nothing of the input survives that could mean a path ("../", "a/b", "C:"), a device ("CON") or a hidden file.
 */
export function slugify(text: string, max = MAX_SLUG): string {
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

/** `<slug of company and role>-<id>.variant.json`; the id is checked, the rest comes only from slugify. */
export function variantFileName(v: { company: string; role: string; id: string }): string {
  const id = VariantId.parse(v.id);
  return `${slugify(`${v.company} ${v.role}`)}-${id}${VARIANT_FILE_SUFFIX}`;
}

/** The id a library file name claims; the file's content is what counts, this only narrows the search. */
export function idFromFileName(name: string): string | null {
  const m = /-([a-z0-9]{4,32})\.variant\.json$/.exec(name);
  return m?.[1] ?? null;
}

export function isVariantFileName(name: string): boolean {
  return name.endsWith(VARIANT_FILE_SUFFIX) && !name.startsWith('.');
}
