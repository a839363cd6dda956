import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import '../core/job/analyze-posting';
import { allTables } from '../core/prebuilt-tables';
import type { Taxonomy } from '../core/skills/taxonomy';
import { flattenMap } from './flat-map';
import { flattenTaxonomy } from './flat-taxonomy';

/**
 * An entry of the CLI bundle, run once by scripts/build-cli.mjs (table-snapshot.ts reads the file). Importing the
 * posting analysis registers every table scoring uses. The taxonomy and the word maps go in flat
 * (flat-taxonomy.ts, flat-map.ts): as objects the taxonomy alone was ~2.4 MB and most of a run's start-up to read
 * back. The taxonomy's key indexes are not stored at all, since they hold the same forms as its word tries and
 * the reader derives them if anything asks. A table this does not know goes in as it is.
 */
export function writeTableSnapshot(file: string): void {
  const tables = allTables();
  writeFileSync(
    file,
    serialize({
      ...tables,
      taxonomy: flattenTaxonomy(tables.taxonomy as Taxonomy),
      'background-ranks': flattenMap(tables['background-ranks'] as Map<string, number>, 'number'),
      'pos-lexicon': flattenMap(tables['pos-lexicon'] as Map<string, string>, 'distinct'),
    }),
  );
}
