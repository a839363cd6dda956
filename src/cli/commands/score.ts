import type { Command } from 'commander';
import type { BulletScore, ResumeScore } from '../../core/match/schema';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { printJson, printLine, say } from '../cli-io';
import { readPostingArg } from '../read-input';
import { kindLabel } from './analyze';

export function registerScore(program: Command): void {
  program
    .command('score')
    .description("score the resume's bullets against a job posting: match rate, missing keywords, ranked bullets")
    .argument('<posting>', 'posting text file, or - to read standard input')
    .option('--resume <file>', 'master resume JSON (default: resume-data/master.json)')
    .option('--json', 'print the result as JSON')
    .action(async (source: string, opts: { resume?: string; json?: boolean }) => {
      const postingText = await readPostingArg(source);
      const { notes, score } = await callService(cliContext({ resume: opts.resume }), 'scoreMaster', { postingText });
      for (const note of notes) say(`note: ${note}`);
      const ranked = [...score.bullets].sort((a, b) => b.score - a.score);
      if (opts.json) printJson(toJson(score, ranked, notes));
      else printHuman(score, ranked);
    });
}

function toJson(score: ResumeScore, ranked: BulletScore[], notes: string[]) {
  return {
    ok: true,
    matchRate: score.matchRate,
    // The headline split the way a recruiter reads it (hard skills, tools, credentials, soft skills, title,
    // education, years), literal and related-only coverage apart, and the one line that says how it adds up.
    breakdown: score.breakdown,
    rateNote: score.rateNote,
    notes,
    keywords: score.keywords.map((k) => ({
      term: k.term,
      weight: k.weight,
      kind: k.kind,
      count: k.count,
      section: k.sections[0],
      ...(k.members ? { also: k.members.map((m) => m.term) } : {}),
    })),
    missing: score.missing.map((m) => ({
      term: m.term,
      weight: m.weight,
      status: m.status,
      kind: m.kind,
      section: m.section,
      heading: m.heading,
    })),
    bullets: ranked.map((b) => ({
      id: b.bulletId,
      entryId: b.entryId,
      sectionId: b.sectionId,
      text: b.text,
      score: b.score,
      matches: b.matches.map((m) => ({
        term: m.term,
        start: m.start,
        end: m.end,
        kind: m.kind,
        contribution: m.contribution,
        ...(m.via ? { via: m.via } : {}),
        ...(m.keyword ? { keyword: m.keyword } : {}),
      })),
      context: b.context,
    })),
    entries: score.entries,
    sections: score.sections,
  };
}

function printHuman(score: ResumeScore, ranked: BulletScore[]): void {
  const tty = process.stdout.isTTY === true;
  printLine(`Match rate: ${Math.round(score.matchRate)}% of the posting's top ${score.considered} keywords`);
  printLine();
  if (score.missing.length) {
    printLine('Missing keywords, most important first');
    for (const m of score.missing)
      printLine(
        `  ${m.term.padEnd(30)} ${m.status.padEnd(8)} ${kindLabel(m.kind).padEnd(10)} weight ${m.weight.toFixed(2)}  from ${m.heading ? `"${m.heading}"` : m.section}`,
      );
  } else printLine('No top keyword is missing.');
  printLine();
  printLine('Bullets, best match first ([matched words])');
  for (const b of ranked) {
    printLine(`  ${b.score.toFixed(0).padStart(3)}  ${highlight(b, tty)}`);
    const why = b.matches
      .filter((m) => m.contribution > 0)
      .map(
        (m) =>
          `${m.term}${m.kind === 'related' ? ` (via ${m.via})` : m.kind === 'exact' ? '' : ` (${m.kind})`} +${m.contribution.toFixed(0)}`,
      );
    const ctx = b.context.map((c) => `${c.term} (entry) +${c.contribution.toFixed(0)}`);
    if (why.length || ctx.length) printLine(`       ${[...why, ...ctx].join(', ')}`);
  }
}

function highlight(b: BulletScore, tty: boolean): string {
  const spans = b.matches.filter((m) => m.kind !== 'related').sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    out += b.text.slice(at, m.start);
    const word = b.text.slice(m.start, m.end);
    out += tty ? `\u001b[1m${word}\u001b[22m` : `[${word}]`;
    at = m.end;
  }
  return out + b.text.slice(at);
}
