import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSlug, itemId, skillId } from '../../src/core/slug';

/*
 * The three slug rules exactly as they were before they moved into src/core/slug.ts (from src/core/import/
 * make-ids.ts, src/node/safe-file-name.ts and src/core/skills/taxonomy.ts). Ids and file names made by them are
 * stored in people's files, so the rules must keep giving the same bytes; these frozen copies say what that is.
 */
function oldItemId(text: string, maxLength = 40): string {
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

function oldFileSlug(text: string, max = 60): string {
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

function oldSkillId(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\./, 'dot')
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const SKILLS = path.join(ROOT, 'src/core/skills/data');

/** Real text the rules meet: every skill name and alias of the taxonomy, and every line of the test postings. */
function corpus(): string[] {
  const texts = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') texts.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const f of ['concepts.json', 'generated-skills.json', 'relations.json'])
    collect(JSON.parse(readFileSync(path.join(SKILLS, f), 'utf8')));
  const postings = path.join(ROOT, 'tests/fixtures/postings');
  for (const f of readdirSync(postings).filter((n) => n.endsWith('.txt')))
    for (const line of readFileSync(path.join(postings, f), 'utf8').split('\n')) texts.add(line);
  const tricky = [
    '',
    ' ',
    '---',
    'C++',
    'C#',
    'F#',
    '.NET',
    'Node.js',
    'Qwen3.5 Engine',
    'Résumé — Ünïcödé',
    'Ærø ØRSTED ß',
    '😀'.repeat(300),
    'x'.repeat(300),
    'word '.repeat(30),
    '../../etc/passwd',
    'CON',
    'a/b\\c:d',
    'ｆｕｌｌｗｉｄｔｈ１２３',
    'ﬁnance oﬃce',
    '①②③ Ⅻ',
    '東京 エンジニア',
    'x\u0301\u0302y\u20dd',
    'Senior Software Engineer, Platform (Remote - EU)',
  ];
  tricky.forEach((t) => texts.add(t));
  return [...texts];
}

describe('the slug rules keep the bytes they always gave', () => {
  const texts = corpus();

  it(`on ${texts.length.toLocaleString('en-US')} real and tricky texts`, () => {
    expect(texts.length).toBeGreaterThan(3000);
    const differ: string[] = [];
    for (const t of texts) {
      if (itemId(t) !== oldItemId(t) || itemId(t, 12) !== oldItemId(t, 12)) differ.push(`itemId: ${t}`);
      if (fileSlug(t) !== oldFileSlug(t) || fileSlug(t, 20) !== oldFileSlug(t, 20)) differ.push(`fileSlug: ${t}`);
      if (skillId(t) !== oldSkillId(t)) differ.push(`skillId: ${t}`);
    }
    expect(differ).toEqual([]);
  });

  it('on any text at all (property test)', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ maxLength: 120 }));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 80 }),
        (t, max) =>
          itemId(t, max) === oldItemId(t, max) &&
          fileSlug(t, max) === oldFileSlug(t, max) &&
          skillId(t) === oldSkillId(t),
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('each rule does what its name promises', () => {
    expect(itemId('Qwen3.5 Engine')).toBe('qwen3-5-engine');
    expect(itemId('C++ and C#')).toBe('cpp-and-csharp');
    expect(skillId('.NET')).toBe('dotnet');
    expect(skillId('C++')).toBe('cpp');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('')).toBe('untitled');
  });
});
