import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import '../core/job/analyze-posting';
import { allTables } from '../core/prebuilt-tables';
import type { Taxonomy } from '../core/skills/taxonomy';

/**
 * An entry of the CLI bundle, run once by scripts/build-cli.mjs (table-snapshot.ts reads the file). Importing the
 * posting analysis registers every table scoring uses. The taxonomy's two key indexes are left out: they hold the
 * same forms as its word tries, nothing on the scoring path reads them, and they are a fifth of the objects a
 * run would otherwise read back. The reader derives them from the tries if anything asks.
 */
export function writeTableSnapshot(file: string): void {
  const tables = allTables();
  const { byKey: _byKey, byStemKey: _byStemKey, ...taxonomy } = tables.taxonomy as Taxonomy;
  writeFileSync(file, serialize({ ...tables, taxonomy }));
}
