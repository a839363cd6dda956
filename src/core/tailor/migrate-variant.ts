import { parseJsonText } from '../resume/parse-json-text';
import { parseInlineMarkdown } from '../resume/rich-text';
import { describeIssues, type ValidationProblem } from '../resume/validate-resume';
import { Variant, VARIANT_SCHEMA_VERSION } from './variant-schema';

type Json = Record<string, unknown>;
/** Turns a file of version n into one of version n + 1. Pure, and never trusts its input beyond the version. */
export type VariantMigration = (value: Json) => Json;

/**
 * Version 1 was the first prototype's shape: the posting as a bare string beside `postingUrl`, rewordings as inline
 * Markdown with an `original` copy of the master text, and no save counter, provenance or export history.
 */
function v1ToV2(v: Json): Json {
  const { postingUrl, posting, tailoring, ...rest } = v;
  const t = isObject(tailoring) ? tailoring : {};
  const rewording: Json = {};
  if (isObject(t.rewording))
    for (const [id, r] of Object.entries(t.rewording)) {
      if (isObject(r) && typeof r.text === 'string')
        rewording[id] = {
          text: parseInlineMarkdown(r.text),
          masterText: typeof r.original === 'string' ? r.original : '',
        };
      else rewording[id] = r; // left for the schema to reject with a precise path
    }
  return {
    ...rest,
    schemaVersion: 2,
    revision: 0,
    posting:
      typeof posting === 'string'
        ? { text: posting, ...(typeof postingUrl === 'string' ? { url: postingUrl } : {}) }
        : posting,
    tailoring: { ...t, rewording },
    exportHistory: [],
  };
}

/**
 * Version 3 added application tracking (dated status history, tracker fields, export snapshots) and per-variant
 * summary and skills tailoring. Every new field has a schema default, so a version 2 file needs only its number
 * raised: the defaults describe "nothing recorded yet" and "not tailored", which is what a version 2 file meant.
 */
function v2ToV3(v: Json): Json {
  return { ...v, schemaVersion: 3 };
}

/** Key: the version a migration reads. Every version below the current one must have an entry. */
export const VARIANT_MIGRATIONS: Readonly<Record<number, VariantMigration>> = { 1: v1ToV2, 2: v2ToV3 };

export type ReadVariantResult =
  | { ok: true; variant: Variant; migratedFrom: number | null }
  | { ok: false; error: string; problems?: ValidationProblem[] };

/** Any parsed JSON value -> a current variant, migrating older versions; a clear reason when it cannot. */
export function readVariantValue(value: unknown, migrations = VARIANT_MIGRATIONS): ReadVariantResult {
  if (!isObject(value)) return { ok: false, error: 'is not a variant (expected a JSON object)' };
  const version = value.schemaVersion;
  if (version === undefined) return { ok: false, error: 'has no schemaVersion, so it is not a Tailor variant file' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: `has an invalid schemaVersion (${JSON.stringify(version)})` };
  if (version > VARIANT_SCHEMA_VERSION)
    return {
      ok: false,
      error: `was written by a newer Tailor (schema version ${version}; this one reads up to ${VARIANT_SCHEMA_VERSION})`,
    };
  let current: Json = value;
  for (let at = version; at < VARIANT_SCHEMA_VERSION; at++) {
    const step = migrations[at];
    if (!step) return { ok: false, error: `schema version ${at} has no migration to ${at + 1}` };
    current = step(current);
  }
  const parsed = Variant.safeParse(current);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues);
    const first = problems
      .slice(0, 3)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; ');
    return {
      ok: false,
      error: `does not match the variant schema (${first}${problems.length > 3 ? '; …' : ''})`,
      problems,
    };
  }
  return { ok: true, variant: parsed.data, migratedFrom: version === VARIANT_SCHEMA_VERSION ? null : version };
}

/** The text of a variant file -> a variant. */
export function readVariantText(text: string): ReadVariantResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: json.error };
  return readVariantValue(json.value);
}

/** The file form: stable key order from the schema, two-space indent, trailing newline (diffs well in a synced folder). */
export function serializeVariant(variant: Variant): string {
  return `${JSON.stringify(Variant.parse(variant), null, 2)}\n`;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
