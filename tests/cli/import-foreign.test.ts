import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerKey, resumeToParsed, scoreAgainstKey } from '../../src/core/import/answer-key';
import { ROOT } from '../support/run-cli';
import { call, tempContext } from '../service/service-fixture';

/**
 * Each resume of the foreign corpus (made by TeX Live, LibreOffice and Chromium from sources we wrote) goes
 * through the import service method the CLI and the app share, and is compared with its hand-written answer key.
 */
const DIR = path.join(ROOT, 'tests/fixtures/foreign');
const keys = readdirSync(path.join(DIR, 'keys'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => AnswerKey.parse(JSON.parse(readFileSync(path.join(DIR, 'keys', f), 'utf8'))));
const cases = keys.flatMap((key) => key.files.map((file) => ({ file, key })));

let t: ReturnType<typeof tempContext>;
beforeAll(() => (t = tempContext()));
afterAll(() => t.cleanup());

describe('importing resumes other tools made', () => {
  it.each(cases)(
    '$file matches its answer key',
    async ({ file, key }) => {
      const base64 = readFileSync(path.join(DIR, file)).toString('base64');
      const r = await call(t.ctx, 'importResumeFile', { fileName: file, base64 });
      const s = scoreAgainstKey(key, resumeToParsed(r.resume));
      expect(s.misses).toEqual([]);
      expect(r.verdict).toMatch(/^recognized \d+ entr(y|ies), /);
      // Every recognized entry has a certainty; the "Other" lines the recognizer could not place are not entries.
      const entries = r.resume.sections.filter((sec) => sec.title !== 'Other').flatMap((sec) => sec.entries);
      expect(r.certainty.map((c) => c.entryId).sort()).toEqual(entries.map((e) => e.id).sort());
    },
    60_000,
  );
});
