import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import '../core/job/analyze-posting';
import { allTables } from '../core/prebuilt-tables';

/**
 * An entry of the CLI bundle, run once by scripts/build-cli.mjs (table-snapshot.ts reads the file). Importing the
 * posting analysis registers every table scoring uses.
 */
export function writeTableSnapshot(file: string): void {
  writeFileSync(file, serialize(allTables()));
}
