/**
 * Scoring speed: analyze + score a typical posting against the master resume, 10,000 bullets against a
 * 10,000-word posting, and rescoring one edited bullet (what the UI does on every keystroke), each beside
 * natural's TfIdf cosine on the same texts in the same run. Cold start runs in a fresh process so that
 * loading natural's modules, the taxonomy JSON and the background word list is really paid.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzePosting,
  clearLineCache,
  rescoreBulletInResume,
  scoreResume,
  scoreText,
  type AnalyzedPosting,
} from '../../src/core/match';
import { plainText } from '../../src/core/resume/rich-text';
import type { Resume } from '../../src/core/resume/schema';
import { allBullets } from '../../src/core/resume/walk-resume';
import { validateResume } from '../../src/core/resume/validate-resume';
import { fmtMs, measure, printTable, ratio } from '../bench-kit';
import { tfidfRank } from '../tfidf-baseline';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/postings', name), 'utf8');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function loadMaster(): Resume {
  const v = validateResume(
    JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.json'), 'utf8')),
  );
  if (!v.ok) throw new Error('tests/fixtures/resumes/fixture-master.json is not valid');
  return v.resume;
}

function analyzed(text: string): AnalyzedPosting {
  const r = analyzePosting(text);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}

/** A resume with `n` bullets, varied so they are not one string repeated. */
function bigResume(master: Resume, n: number): Resume {
  const texts = allBullets(master).map((p) => plainText(p.bullet.text));
  const extra = [
    'with Kubernetes and Docker',
    'in Go on Linux',
    'using CUDA and Triton',
    'for the React frontend',
    'cutting p99 latency',
    'with MLflow and Airflow',
  ];
  const entries = Array.from({ length: Math.ceil(n / 100) }, (_, e) => ({
    id: `entry-${e}`,
    title: `Project ${e}`,
    tech: ['Python', 'CUDA'],
    links: [],
    bullets: Array.from({ length: 100 }, (_, b) => {
      const i = e * 100 + b;
      return { id: `b-${i}`, text: [{ text: `${texts[i % texts.length]} ${extra[i % extra.length]} (${i})` }] };
    }),
  }));
  return { ...master, sections: [{ id: 'projects', kind: 'projects', title: 'Projects', entries }] } as Resume;
}

/**
 * The first score in a fresh process (bench/cold-start-child.ts). Under tsx (how `npm run eval` and the tests
 * run) every module is transformed on load, which dwarfs the engine's own work; the app ships a bundle
 * (electron-vite, esbuild), so the bundled figure is the one the < 100 ms target is about.
 */
async function coldStart(bundled: boolean, mode = '--cold-child'): Promise<Record<string, number> | undefined> {
  const entry = path.join(ROOT, 'bench', 'cold-start-child.ts');
  let args = ['--import', 'tsx', entry, mode];
  // Beside the child, so that its ROOT resolves the same from the bundle.
  const out = path.join(ROOT, 'bench', `.cold-start-${process.pid}.mjs`);
  if (bundled) {
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
      // natural is CommonJS and requires its own files.
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      plugins: [jsonAsTheAppShipsIt],
    });
    args = [out, mode];
  }
  try {
    const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    try {
      return JSON.parse(line) as Record<string, number>;
    } catch {
      console.log(`cold start: child failed: ${child.stderr.slice(0, 300)}`);
      return undefined;
    }
  } finally {
    if (bundled) rmSync(out, { force: true });
  }
}

/**
 * The app's builds (vite, json.stringify 'auto') ship a large JSON import as JSON.parse of a string, which V8 reads
 * several times faster than the same data as an object literal (esbuild's default): the bench bundle does the same.
 */
const jsonAsTheAppShipsIt: Plugin = {
  name: 'json-as-json-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < 10_000) return undefined;
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

export default async function scoringBench(): Promise<void> {
  // `npm run bench -- scoring --cold-only`: only the cold start tables (the speed table takes minutes).
  if (!process.argv.includes('--cold-only')) await speedTable();
  await coldTable();
}

async function speedTable(): Promise<void> {
  const master = loadMaster();
  const typicalText = [
    fixture('gpu-kernel-engineer.txt'),
    fixture('mlops-platform.txt'),
    fixture('go-container-platform.txt'),
  ].join('\n\n');
  const masterBullets = allBullets(master).map((p) => plainText(p.bullet.text));

  // "Warm" means after V8 has optimized the hot paths: the first few dozen runs are still being compiled.
  const typical = await measure(() => scoreResume(analyzed(typicalText), master), { runs: 100, warmup: 100 });
  const typicalBase = await measure(() => tfidfRank(typicalText, masterBullets), { runs: 100, warmup: 100 });

  const base10k = [
    fixture('gpu-kernel-engineer.txt'),
    fixture('mlops-platform.txt'),
    fixture('go-container-platform.txt'),
    fixture('web-frontend.txt'),
  ].join('\n\n');
  let bigText = '';
  while (wordCount(bigText) < 10_000) bigText += `${base10k}\n\n`;
  const big = bigResume(master, 10_000);
  const bigBullets = allBullets(big).map((p) => plainText(p.bullet.text));
  const bigPosting = analyzed(bigText);
  // First time: every line is tokenized and matched against the taxonomy. Again: the lines were seen before
  // (the same resume against a new posting, the usual case), only the posting-dependent work is redone.
  const bigFirst = await measure(
    () => {
      clearLineCache();
      return scoreResume(bigPosting, big);
    },
    // 15 runs: on this shared machine one run of the same work takes anywhere from 200 to 400 ms.
    { runs: 15, warmup: 3 },
  );
  const bigAgain = await measure(() => scoreResume(analyzed(bigText), big), { runs: 15, warmup: 3 });
  const bigBase = await measure(() => tfidfRank(bigText, bigBullets), { runs: 3, warmup: 1, maxMs: 60_000 });

  const posting = analyzed(typicalText);
  const score = scoreResume(posting, master);
  const edited = 'Wrote fused CUDA and Triton kernels, profiling them with Nsight Compute on Kubernetes';
  let k = 0;
  // Each edit is new text, so these measure an uncached line.
  const rescoreLine = await measure(() => scoreText(posting, `${edited} ${k++}`), { runs: 2000, warmup: 200 });
  const rescoreAll = await measure(
    () => rescoreBulletInResume(score, posting, master, 'container-sandbox-1', `${edited} ${k++}`),
    { runs: 2000, warmup: 200 },
  );
  const rescoreBase = await measure(() => tfidfRank(typicalText, [`${edited} ${k++}`]), { runs: 500, warmup: 50 });

  printTable(
    'Scoring speed (median of warm runs; baseline = natural TfIdf cosine, same texts, same run)',
    ['case', 'ours', 'p90', 'tfidf baseline', 'ours vs baseline', 'target'],
    [
      [
        `analyze + score, ${wordCount(typicalText)}-word posting x master (${masterBullets.length} bullets)`,
        fmtMs(typical.median),
        fmtMs(typical.p90),
        fmtMs(typicalBase.median),
        ratio(typical.median, typicalBase.median),
        '< 5 ms',
      ],
      [
        `score 10,000 new bullets x ${wordCount(bigText)}-word posting (posting analyzed)`,
        fmtMs(bigFirst.median),
        fmtMs(bigFirst.p90),
        fmtMs(bigBase.median),
        ratio(bigFirst.median, bigBase.median),
        '< 200 ms',
      ],
      [
        '  analyze the posting + score 10,000 bullets seen before',
        fmtMs(bigAgain.median),
        fmtMs(bigAgain.p90),
        fmtMs(bigBase.median),
        ratio(bigAgain.median, bigBase.median),
        '< 200 ms',
      ],
      [
        'rescore one edited bullet (line only)',
        fmtMs(rescoreLine.median),
        fmtMs(rescoreLine.p90),
        fmtMs(rescoreBase.median),
        ratio(rescoreLine.median, rescoreBase.median),
        '< 1 ms',
      ],
      [
        'rescore one edited bullet + match rate, entries, sections',
        fmtMs(rescoreAll.median),
        fmtMs(rescoreAll.p90),
        fmtMs(rescoreBase.median),
        ratio(rescoreAll.median, rescoreBase.median),
        '< 1 ms',
      ],
    ],
  );
}

async function coldTable(): Promise<void> {
  // Median of a few fresh processes each: one cold start on a shared machine is mostly noise.
  const colds = async (bundled: boolean, n: number, mode?: string) => {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < n; i++) {
      const r = await coldStart(bundled, mode);
      if (r) runs.push(r);
    }
    const med = (k: string) => {
      const xs = runs.map((r) => r[k] ?? NaN).sort((a, b) => a - b);
      return xs.length ? (xs[xs.length >> 1] as number) : NaN;
    };
    return med;
  };
  const bundled = await colds(true, 5);
  const dev = await colds(false, 1);
  // The baseline in the same run: a fresh process that imports natural's TfIdf and ranks the master's bullets.
  const base = await colds(true, 5, '--cold-baseline');
  printTable(
    'Cold start (fresh process, first call; bundled = as the app ships, median of 5; tsx = dev run, 1)',
    ['step', 'bundled', 'tsx', 'target'],
    [
      ['import natural (stemmer, n-grams, stopwords: deep imports)', 'natural'],
      ['import core (taxonomy index JSON, background words, zod schemas)', 'imports'],
      ['load the taxonomy index (built by scripts/build-taxonomy.mjs)', 'taxonomy'],
      ['first analyze (incl. lexicon and background word table)', 'analyze'],
      ['first score against master', 'score'],
      ['first analyze + score, modules loaded (what the first paste waits for)', 'first', '< 100 ms'],
      ['total, from nothing loaded (imports included)', 'total'],
      ['second analyze + score (warm)', 'warm'],
    ].map(([label, key, target]) => [
      label as string,
      fmtMs(bundled(key as string)),
      fmtMs(dev(key as string)),
      target ?? '',
    ]),
  );
  console.log(
    `cold start from nothing loaded, bundled, vs a fresh process importing natural's TfIdf for a cosine of the same posting and bullets (${fmtMs(base('total'))}): ${ratio(bundled('total'), base('total'))}`,
  );
}
