/** `tsx bench/eval-kit/show-case.ts POSTING-FILE-PREFIX`: each bullet's grade, score and what it matched (for reading by eye). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMulti } from './datasets';
import { prepare, runCase } from './run-case';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const multi = loadMulti(path.resolve(root, '..', 'shared', 'eval'));
for (const c of multi?.cases ?? []) {
  if (!process.argv.slice(2).some((p) => c.posting.startsWith(p))) continue;
  const r = multi?.resumes.find((x) => x.id === c.resumeId);
  if (!r) continue;
  const p = prepare(c, r);
  const res = runCase(p);
  console.log(`\n${c.posting} (${c.kind}) ndcg5 ${res.ndcg5.toFixed(3)} match ${res.matchRate}`);
  console.log(
    `  keywords: ${p.posting.keywords
      .slice(0, 25)
      .map((k) => `${k.term}[${k.kind[0]}${k.weight.toFixed(2)}/${k.evidenceWeight.toFixed(2)}]`)
      .join(', ')}`,
  );
  for (const id of res.ranked) {
    const b = res.score.bullets.find((x) => x.bulletId === r.bullets.find((y) => y.id === id)?.masterId);
    if (!b) continue;
    const ms = b.matches
      .filter((m) => m.contribution > 0)
      .map((m) => `${m.term}${m.kind === 'related' ? `~${m.via}` : ''}:${m.contribution}`)
      .join(', ');
    const cx = b.context.map((x) => `${x.term}:${x.contribution}`).join(', ');
    console.log(`  ${id} rel ${c.relevance[id]} score ${b.score}  ${ms}${cx ? ` | ctx ${cx}` : ''}`);
    console.log(`      ${b.text.slice(0, 110)}`);
  }
}
