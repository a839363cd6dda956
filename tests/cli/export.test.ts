import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-export-'));
const text = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('tailor export', () => {
  it('writes a PDF of the master, titled for the job, and prints the result as JSON on stdout', async () => {
    const out = path.join(dir, 'master.pdf');
    const r = await runCli([
      'export',
      '--out',
      out,
      '--company',
      'Acme',
      '--role',
      'ML Engineer',
      '--template',
      'modern',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout) as { ok: boolean; file: string; format: string; pages: number; template: string };
    expect(res).toMatchObject({ ok: true, file: out, format: 'pdf', template: 'modern' });
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(
      new RegExp(`Title:\\s+Mara Lindqvist — ML Engineer at Acme[\\s\\S]*Pages:\\s+${res.pages}\\n`),
    );
    expect(text(out)).toContain('Placed #17 of 900 in an open kernel-tuning challenge');
  });

  it('fits to one page with --pages 1 and names the file "Name - Company - Role" in --dir', async () => {
    const folder = path.join(dir, 'out');
    mkdirSync(folder);
    // A full one-page resume: the fixture master needs two pages at the templates' 9.5 pt floor.
    const full = path.join(__dirname, '..', 'fixtures', 'render', 'full-fields.json');
    const r = await runCli([
      'export',
      '--resume',
      full,
      '--template',
      'compact',
      '--pages',
      '1',
      '--dir',
      folder,
      '--company',
      'Acme/AI',
      '--role',
      'GPU: Kernels',
      '--format',
      'docx',
    ]);
    expect(r.code).toBe(0);
    const file = path.join(folder, 'Rosa Quill - Acme AI - GPU Kernels.docx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote .*\(docx, 1 page/);
  });

  it('writes nothing when --pages cannot be met, names what would have to go, and exits 3; --allow-overflow writes it', async () => {
    // The fixture master needs two pages at the templates' 9.5 pt floor.
    const out = path.join(dir, 'overflow.pdf');
    const r = await runCli(['export', '--pages', '1', '--out', out, '--json']);
    expect(r.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toMatch(/does not fit on 1 page.*would have to go, e\.g\. ".+".*nothing written/);
    const res = JSON.parse(r.stdout) as { ok: boolean; file: null; wouldGo: { id: string; text: string }[] };
    expect(res).toMatchObject({ ok: false, file: null });
    expect(res.wouldGo.length).toBeGreaterThan(0);
    const forced = await runCli(['export', '--pages', '1', '--out', out, '--allow-overflow']);
    expect(forced.code).toBe(3);
    expect(existsSync(out)).toBe(true);
    expect(forced.stderr).toMatch(/wrote .*\(pdf, 2 pages/);
  });

  it('--json lists the shown and hidden bullets, each with text, score and reason, and the ATS read-back', async () => {
    const out = path.join(dir, 'gpu.docx');
    const posting = path.join(__dirname, '..', 'fixtures', 'postings', 'gpu-kernel-engineer.txt');
    const full = path.join(__dirname, '..', 'fixtures', 'render', 'full-fields.json');
    const r = await runCli(['export', '--posting', posting, '--pages', '1', '--out', out, '--json']);
    expect(r.code).toBe(0);
    type Line = { id: string; text: string; score: number; reason: string };
    const res = JSON.parse(r.stdout) as {
      shown: Line[];
      hidden: Line[];
      notShown: unknown[];
      atsCheck: { problems: string[] };
    };
    expect(res.shown.length).toBeGreaterThan(0);
    expect(res.hidden.length).toBeGreaterThan(0);
    for (const b of [...res.shown, ...res.hidden]) {
      expect(b.text).not.toBe('');
      expect(typeof b.score).toBe('number');
    }
    expect(res.hidden.map((b) => b.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(to-fit|entry-hidden)$/)]),
    );
    expect(res.atsCheck.problems).toEqual([]);
    // Without --json the read-back is one line on stderr.
    const plain = await runCli(['export', '--resume', full, '--template', 'compact', '--out', out]);
    expect(plain.stderr).toMatch(/^ATS check: \d+ problem/m);
  });

  it('orders each entry’s bullets by how well they match a --posting', async () => {
    const posting = path.join(dir, 'posting.txt');
    writeFileSync(
      posting,
      'Cloud Platform Engineer\n\nYou will deploy models as serverless microservices on GCP Cloud Run and own the infrastructure they run on. ' +
        'Requirements: Google Cloud Platform (GCP), Cloud Run, serverless, microservices, deployment automation, Docker. ' +
        'Nice to have: Terraform, networking, compute capacity planning.',
    );
    const plain = path.join(dir, 'plain.pdf');
    const tailored = path.join(dir, 'tailored.pdf');
    expect((await runCli(['export', '--out', plain])).code).toBe(0);
    expect((await runCli(['export', '--out', tailored, '--posting', posting])).code).toBe(0);
    const serverless = 'Led the move of model serving to Serverless Microservices on GCP Cloud Run';
    const voice = 'Built a real-time clinical dictation service';
    const [a, b] = [text(plain), text(tailored)];
    // The master lists the dictation service first; for a Cloud Run posting the serverless bullet leads its entry.
    expect(a.indexOf(voice)).toBeLessThan(a.indexOf(serverless));
    expect(b.indexOf(serverless)).toBeGreaterThan(-1);
    expect(b.indexOf(serverless)).toBeLessThan(b.indexOf(voice));
  });

  it('writes a PNG preview of a page', async () => {
    const out = path.join(dir, 'page.png');
    const r = await runCli(['export', '--format', 'png', '--out', out, '--dpi', '50']);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('explains bad input with a clear message, a non-zero exit and no stack trace', async () => {
    const badTemplate = path.join(dir, 'bad.json');
    writeFileSync(badTemplate, '{ "schemaVersion": 1, "name": ');
    const cases: [string[], RegExp, number][] = [
      [['export', '--out', path.join(dir, 'x.pdf'), '--template', badTemplate], /^tailor: template .*bad\.json: /, 1],
      [['export', '--out', path.join(dir, 'x.pdf'), '--template', 'nope'], /^tailor: no template named "nope"/, 1],
      [
        ['export', '--out', path.join(dir, 'no', 'such', 'x.pdf')],
        /^tailor: cannot write .*x\.pdf: the folder .*: no such file/,
        1,
      ],
      [['export', '--out', path.join(dir, 'x.txt')], /^tailor: --format must be one of pdf, docx, png/, 2],
      [['export', '--out', path.join(dir, 'x.pdf'), '--pages', 'two'], /^tailor: --pages must be a whole number/, 2],
      [['export'], /^tailor: say where to write/, 2],
    ];
    for (const [args, message, code] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a missing font file by template, face and file', async () => {
    const folder = path.join(dir, 'custom');
    mkdirSync(folder);
    const t = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'templates', 'classic.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(path.join(folder, 'mine.json'), JSON.stringify({ ...t, name: 'mine' }));
    const r = await runCli(['export', '--out', path.join(dir, 'y.pdf'), '--template', path.join(folder, 'mine.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^tailor: template "mine": the regular font source-serif-4\/SourceSerif4_400Regular\.ttf: no such file/,
    );
  });
});
