import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/core/resume/parse-json-text';
import { validateResume } from '../../../src/core/resume/validate-resume';
import { MASTER } from '../../support/run-cli';

const master = JSON.parse(readFileSync(MASTER, 'utf8')) as Record<string, unknown>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the master with one thing broken. */
function broken(edit: (r: Json) => void): unknown {
  const copy = structuredClone(master) as Json;
  edit(copy);
  return copy;
}

const cases: [string, (r: Json) => void, string][] = [
  [
    'an empty bullet',
    (r) => (r.sections[1].entries[0].bullets[1].text = [{ text: '   ' }]),
    'sections[1].entries[0].bullets[1].text: must not be empty',
  ],
  [
    'a bullet with no runs',
    (r) => (r.sections[1].entries[0].bullets[0].text = []),
    'sections[1].entries[0].bullets[0].text: must not be empty',
  ],
  [
    'a duplicate bullet id',
    (r) => (r.sections[1].entries[1].bullets[0].id = r.sections[1].entries[0].bullets[0].id),
    'sections[1].entries[1].bullets[0].id: duplicate id "speculative-decoding-server-for-mistral-1" (also used by sections[1].entries[0].bullets[0])',
  ],
  [
    'a duplicate section id',
    (r) => (r.sections[2].id = 'projects'),
    'sections[2].id: duplicate id "projects" (also used by sections[1])',
  ],
  ['a missing name', (r) => delete r.basics.name, 'basics.name: is required (string)'],
  [
    'a bad email',
    (r) => (r.basics.email = 'not-an-email'),
    'basics.email: must be an email address like name@example.com',
  ],
  [
    'an unknown section kind',
    (r) => (r.sections[0].kind = 'hobbies'),
    'sections[0].kind: Invalid option: expected one of "experience"|"projects"|"publications"|"education"|"skills"|"custom"',
  ],
  [
    'a date in words',
    (r) => (r.sections[3].entries[0].start = 'Feb 2025'),
    'sections[3].entries[0].start: must be YYYY, YYYY-MM, YYYY-MM-DD or "present"',
  ],
  [
    'an end before the start',
    (r) => (r.sections[3].entries[0].end = '2024-01'),
    'sections[3].entries[0].end: must not be before the start date (2024-03)',
  ],
  [
    'an upper-case id',
    (r) => (r.sections[1].entries[0].id = 'Mistral'),
    'sections[1].entries[0].id: must be lower-case letters, digits and single dashes (e.g. "experience-1")',
  ],
  [
    'a link with a bad URL',
    (r) => (r.basics.links[0].url = 'javascript:alert(1)'),
    'basics.links[0].url: must start with http://, https:// or mailto:',
  ],
  [
    'an unknown field',
    (r) => (r.sections[1].entries[0].colour = 'red'),
    'sections[1].entries[0]: unknown field "colour"',
  ],
  [
    'bullets that are not a list',
    (r) => (r.sections[1].entries[0].bullets = 'none'),
    'sections[1].entries[0].bullets: must be an array, not "none"',
  ],
  ['a wrong schema version', (r) => (r.schemaVersion = 7), 'schemaVersion: must be 1'],
  ['no sections', (r) => (r.sections = []), 'sections: must have at least one section'],
  [
    'entries in a skills section',
    (r) => (r.sections[0].entries = [{ id: 'x', title: 'X' }]),
    'sections[0].entries: a skills section lists the skill groups and must not hold entries',
  ],
  ['an empty skill group', (r) => (r.skills[0].items = []), 'skills[0].items: must list at least one skill'],
];

describe('validateResume', () => {
  it('accepts the master', () => {
    expect(validateResume(master).ok).toBe(true);
  });

  it.each(cases)('reports %s at its path', (_name, edit, expected) => {
    const r = validateResume(broken(edit));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toContain(expected);
  });

  it('returns a result for any JSON value, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = validateResume(v);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a result for mutations of a real resume, never throws', () => {
    const paths = fc.constantFrom<(r: Json, v: unknown) => void>(
      (r, v) => (r.basics = v),
      (r, v) => (r.sections[1].entries[0] = v),
      (r, v) => (r.sections[1].entries[0].bullets[0].text[0] = v),
      (r, v) => (r.skills[1] = v),
      (r, v) => (r.sections[3].entries[1].start = v),
    );
    fc.assert(
      fc.property(paths, fc.jsonValue(), (edit, v) => {
        const r = validateResume(broken((x) => edit(x, v)));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonText', () => {
  it('gives the line and column of a syntax error', () => {
    const r = parseJsonText('{\n  "a": 1,\n  "b": ,\n}');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^not valid JSON at line 3, column 8/) });
  });

  it('says where the text ends early', () => {
    expect(parseJsonText('{"a": [1, 2')).toEqual({
      ok: false,
      error: expect.stringMatching(/line 1, column 12 \(the text ends early\)/),
    });
  });

  it('names empty and binary files for what they are', () => {
    expect(parseJsonText('  \n')).toEqual({ ok: false, error: 'the file is empty' });
    expect(parseJsonText('\u0000\u0001PK\u0003\u0004')).toEqual({
      ok: false,
      error: 'the file is binary, not JSON text',
    });
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof parseJsonText(s).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
