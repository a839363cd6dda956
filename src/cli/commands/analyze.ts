import type { Command } from 'commander';
import type { AnalyzedPosting } from '../../core/job/schema';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { CliError, printJson, printLine, say } from '../cli-io';
import { readPostingArg } from '../read-input';

const KIND_LABEL: Record<string, string> = {
  hard_skill: 'hard skill',
  tool: 'tool',
  soft_skill: 'soft skill',
  domain: 'domain',
  credential: 'credential',
};

/** Reads a posting from a file or "-" (standard input) and has the service analyze it. */
async function loadPosting(source: string): Promise<AnalyzedPosting> {
  const text = await readPostingArg(source);
  const result = await callService(cliContext(), 'analyzePosting', { text });
  if (!result.ok) throw new CliError(`${source === '-' ? 'standard input' : source}: ${result.error}`);
  for (const note of result.posting.notes) say(`note: ${note}`);
  return result.posting;
}

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description("show a job posting's sections and its ranked keywords")
    .argument('<posting>', 'posting text file, or - to read standard input')
    .option('--json', 'print the analysis as JSON')
    .option('--top <n>', 'how many keywords to list', '30')
    .action(async (source: string, opts: { json?: boolean; top: string }) => {
      const posting = await loadPosting(source);
      const top = Math.max(1, Number.parseInt(opts.top, 10) || 30);
      if (opts.json) {
        printJson({
          ok: true,
          wordCount: posting.wordCount,
          notes: posting.notes,
          sections: posting.sections.map((s) => ({
            kind: s.kind,
            heading: s.heading,
            weight: s.weight,
            start: s.start,
            end: s.end,
          })),
          keywords: posting.keywords.slice(0, top).map((k) => ({
            term: k.term,
            weight: k.weight,
            kind: k.kind,
            count: k.count,
            section: k.sections[0],
            heading: k.heading,
            skillId: k.skillId,
            ...(k.members ? { also: k.members.map((m) => m.term) } : {}),
          })),
        });
        return;
      }
      printLine(`${posting.wordCount} words, ${posting.sections.length} sections, ${posting.keywords.length} keywords`);
      printLine();
      printLine('Sections');
      for (const s of posting.sections)
        printLine(
          `  ${s.kind.padEnd(16)} weight ${s.weight.toFixed(2)}  ${s.heading ? `"${s.heading}"` : '(no heading)'}`,
        );
      printLine();
      printLine('Keywords, most important first');
      posting.keywords.slice(0, top).forEach((k, i) => {
        const also = k.members?.length ? `  (with ${k.members.map((m) => m.term).join(', ')})` : '';
        printLine(
          `  ${String(i + 1).padStart(2)}. ${k.term.padEnd(30)} ${kindLabel(k.kind).padEnd(10)} ${k.weight.toFixed(2)}  ${k.count}x, ${k.sections.join(', ')}${also}`,
        );
      });
    });
}
