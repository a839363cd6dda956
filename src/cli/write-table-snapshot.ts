import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import '../core/job/analyze-posting';
import { allTables } from '../core/prebuilt-tables';
import type { Taxonomy } from '../core/skills/taxonomy';
import { flattenTaxonomy } from './flat-taxonomy';

/**
 * An entry of the CLI bundle, run once by scripts/build-cli.mjs (table-snapshot.ts reads the file). Importing the
 * posting analysis registers every table scoring uses. The taxonomy goes in flat (flat-taxonomy.ts): as objects
 * it was ~2.4 MB and most of a run's start-up to read back; its key indexes are not stored at all, since they
 * hold the same forms as its word tries and the reader derives them if anything asks.
 */
export function writeTableSnapshot(file: string): void {
  const tables = allTables();
  writeFileSync(file, serialize({ ...tables, taxonomy: flattenTaxonomy(tables.taxonomy as Taxonomy) }));
}
