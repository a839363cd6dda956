import { describe, expect, it } from 'vitest';
import { applyRenderTailoring } from '../../../src/core/render/apply-tailoring';
import { buildDocument } from '../../../src/core/render/build-document';
import { formatDateRange } from '../../../src/core/render/format-date';
import { orderBulletsByScore } from '../../../src/core/render/order-by-score';
import { RenderTailoring } from '../../../src/core/render/render-input';
import { loadResume, MASTER_FILE } from './render-fixtures';

const master = loadResume(MASTER_FILE);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('applying a tailoring to the master', () => {
  it('orders sections, entries and bullets, keeping unlisted ones after in master order', () => {
    const projects = master.sections.find((s) => s.kind === 'projects')!;
    const [e1, e2] = projects.entries;
    const t = RenderTailoring.parse({
      sectionOrder: ['experience', 'projects'],
      entryOrder: { [projects.id]: [e2!.id] },
      bulletOrder: { [e1!.id]: [e1!.bullets[2]!.id, 'no-such-bullet'] },
    });
    const out = applyRenderTailoring(master, t);
    expect(ids(out.sections).slice(0, 2)).toEqual(['experience', 'projects']);
    expect(ids(out.sections)).toHaveLength(master.sections.length);
    const p = out.sections.find((s) => s.id === projects.id)!;
    expect(ids(p.entries)).toEqual([e2!.id, e1!.id, ...ids(projects.entries.slice(2))]);
    expect(ids(p.entries[1]!.bullets)).toEqual([e1!.bullets[2]!.id, e1!.bullets[0]!.id, e1!.bullets[1]!.id]);
  });

  it('drops hidden sections, entries and bullets and swaps in reworded bullets without touching the master', () => {
    const before = JSON.stringify(master);
    const exp = master.sections.find((s) => s.kind === 'experience')!;
    const b = exp.entries[0]!.bullets[0]!;
    const out = applyRenderTailoring(master, {
      hidden: { sections: ['education'], entries: [exp.entries[1]!.id], bullets: [exp.entries[0]!.bullets[1]!.id] },
      rewording: { [b.id]: [{ text: 'Reworded' }] },
    });
    expect(ids(out.sections)).not.toContain('education');
    const e = out.sections.find((s) => s.id === exp.id)!;
    expect(ids(e.entries)).toEqual([exp.entries[0]!.id]);
    expect(e.entries[0]!.bullets.map((x) => x.text[0]!.text)).toEqual([
      'Reworded',
      ...exp.entries[0]!.bullets.slice(2).map((x) => x.text[0]!.text),
    ]);
    expect(JSON.stringify(master)).toBe(before);
  });

  it('orders bullets by score, highest first, ties in master order', () => {
    const e = master.sections.find((s) => s.kind === 'projects')!.entries[0]!;
    const [a, b, c] = e.bullets;
    const t = orderBulletsByScore(
      master,
      new Map([
        [a!.id, 10],
        [b!.id, 80],
        [c!.id, 10],
      ]),
    );
    expect(t.bulletOrder![e.id]).toEqual([b!.id, a!.id, c!.id]);
  });
});

describe('the layout-neutral document', () => {
  it('formats dates as a recruiter reads them', () => {
    expect(formatDateRange('2025-02', '2025-04')).toBe('Feb 2025 – Apr 2025');
    expect(formatDateRange('2022', 'present')).toBe('2022 – Present');
    expect(formatDateRange(undefined, 'present')).toBe('Present');
    expect(formatDateRange()).toBe('');
  });

  it('builds the master: contact with a mailto link and placeholder links as plain text, skills lines, summary first', () => {
    const doc = buildDocument(master, { company: 'Acme', role: 'ML Engineer' });
    expect(doc.meta.title).toBe('Mara Lindqvist — ML Engineer at Acme');
    expect(doc.header.contact).toContainEqual({
      text: 'mara.lindqvist@example.com',
      url: 'mailto:mara.lindqvist@example.com',
    });
    expect(doc.header.contact).toContainEqual({ text: 'LinkedIn' });
    expect(doc.sections[0]!.heading).toBe('Summary');
    const skills = doc.sections.find((s) => s.kind === 'skills')!;
    expect(skills.blocks[0]).toMatchObject({
      type: 'paragraph',
      runs: [
        { text: 'Languages & Systems: ', bold: true },
        { text: 'C, C++, CUDA, Python, Go, Rust, Linux Namespaces, cgroups' },
      ],
    });
    const exp = doc.sections.find((s) => s.kind === 'experience')!.blocks[0]!;
    expect(
      exp.type === 'entry' &&
        exp.rows.map((r) => [r.role, r.left.map((x) => x.text).join(''), r.right.map((x) => x.text).join('')]),
    ).toEqual([
      ['title', 'Inference Engineer', 'Mar 2024 – Oct 2025'],
      ['subtitle', 'Fernhill Health Systems (2M+ Patients)', 'Portland, Oregon'],
    ]);
    const edu = doc.sections.find((s) => s.kind === 'education')!.blocks[0]!;
    expect(edu.type === 'entry' && edu.rows[0]!.left[0]).toEqual({
      text: 'Northfield Institute of Technology',
      bold: true,
    });
  });
});
