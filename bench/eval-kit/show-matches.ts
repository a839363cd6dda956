/** `tsx bench/eval-kit/show-matches.ts FILE...`: every taxonomy match in a text, with the form that matched (for tuning rules by eye). */
import { readFileSync } from 'node:fs';
import { normalizeText } from '../../src/core/job/normalize-text';
import { stripMarkup } from '../../src/core/job/strip-markup';
import { tokenize } from '../../src/core/job/tokenize';
import { matchSkills } from '../../src/core/skills/match-skills';

for (const file of process.argv.slice(2)) {
  const text = normalizeText(stripMarkup(readFileSync(file, 'utf8')));
  const counts = new Map<string, number>();
  for (const m of matchSkills(tokenize(text))) {
    const k = `${text.slice(m.start, m.end)} -> ${m.skill.name} [${m.skill.kind}${m.skill.broad ? ',broad' : ''}] ${m.kind}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  console.log(`\n${file}`);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${n}x ${k}`);
}
