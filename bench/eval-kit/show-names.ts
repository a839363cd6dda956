/** `tsx bench/eval-kit/show-names.ts FILE...`: the words each posting's clause reading marks as names, employer, negated or optional. */
import { readFileSync } from 'node:fs';
import { mentionContext } from '../../src/core/job/mention-context';
import { normalizeText } from '../../src/core/job/normalize-text';
import { stripMarkup } from '../../src/core/job/strip-markup';
import { tokenize } from '../../src/core/job/tokenize';

for (const file of process.argv.slice(2)) {
  const tokens = tokenize(normalizeText(stripMarkup(readFileSync(file, 'utf8'))));
  const ctx = mentionContext(tokens);
  const pick = (f: (j: number) => boolean) => [...new Set(tokens.filter((_, j) => f(j)).map((t) => t.text))].join(' ');
  console.log(`\n${file}\n  employer: ${pick((j) => !!ctx.employer[j])}\n  names: ${pick((j) => !!ctx.name[j])}`);
  console.log(
    `  negated: ${pick((j) => ctx.factor[j] === 0)}\n  optional: ${pick((j) => (ctx.factor[j] ?? 1) < 1 && ctx.factor[j] !== 0)}`,
  );
}
