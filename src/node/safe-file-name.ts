import { fileSlug } from '../core/slug';
import { VariantId } from '../core/tailor/variant-schema';

export const VARIANT_FILE_SUFFIX = '.variant.json';

/** `<slug of company and role>-<id>.variant.json`; the id is checked, the rest comes only from fileSlug. */
export function variantFileName(v: { company: string; role: string; id: string }): string {
  const id = VariantId.parse(v.id);
  return `${fileSlug(`${v.company} ${v.role}`)}-${id}${VARIANT_FILE_SUFFIX}`;
}

/** The id a library file name claims; the file's content is what counts, this only narrows the search. */
export function idFromFileName(name: string): string | null {
  const m = /-([a-z0-9]{4,32})\.variant\.json$/.exec(name);
  return m?.[1] ?? null;
}

export function isVariantFileName(name: string): boolean {
  return name.endsWith(VARIANT_FILE_SUFFIX) && !name.startsWith('.');
}
