import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/job/analyze-posting';
import { stripMarkup } from '../../../src/core/job/strip-markup';
import { tokenize } from '../../../src/core/job/tokenize';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/postings/${name}`, import.meta.url), 'utf8');
function analyzed(text: string) {
  const r = analyzePosting(text);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}
/** Keyword terms, with the related skills folded into them ("React" inside "Frontend Development"). */
const terms = (text: string) =>
  analyzed(text).keywords.flatMap((k) => [k.term, ...(k.members ?? []).map((m) => m.term)].map((t) => t.toLowerCase()));
const weightOf = (text: string, term: string) =>
  analyzed(text).keywords.find((k) => k.term.toLowerCase() === term.toLowerCase())?.weight ?? 0;

describe('pasted HTML and Markdown', () => {
  it('reads an HTML page as its text: no tags, no script or style words, entities decoded', () => {
    const raw = fixture('html-paste.html');
    const p = analyzed(raw);
    const all = p.keywords.map((k) => k.term.toLowerCase());
    for (const junk of ['html', 'div', 'h2', 'span', 'strong', 'li', 'datalayer', 'console', 'color', 'display'])
      expect(all).not.toContain(junk);
    for (const skill of ['kubernetes', 'terraform', 'prometheus', 'postgresql']) expect(all).toContain(skill);
    // Same length, so keyword offsets point at the characters that were pasted.
    expect(p.text.length).toBe(raw.length);
    const k8s = p.keywords.find((k) => k.term === 'Kubernetes')!;
    expect(raw.slice(k8s.start, k8s.end)).toBe('Kubernetes');
    expect(p.sections.map((s) => s.kind)).toContain('requirements');
  });

  it('reads Markdown: headings become sections, link targets and marks are not words', () => {
    const raw = fixture('markdown-paste.md');
    const p = analyzed(raw);
    const all = terms(raw);
    expect(all).toEqual(expect.arrayContaining(['sql', 'tableau', 'python', 'dbt']));
    for (const junk of ['https', 'example.com', 'teams', 'merch']) expect(all).not.toContain(junk);
    expect(p.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["What you'll do", 'Requirements']));
    expect(stripMarkup(raw).length).toBe(raw.length);
  });
});

describe('posting words that are not skills', () => {
  const text = fixture('hygiene-traps.txt');

  it('never makes a contraction a keyword', () => {
    for (const c of ["we're", "you'll", "we've", "won't"]) expect(terms(text)).not.toContain(c);
  });

  it('does not make the employer, places or a benefit scheme skills', () => {
    const all = terms(text).join(' | ');
    for (const name of ['brightwater', 'lowmoor', 'eastbridge', 'childcare vouchers', 'cycle'])
      expect(all).not.toContain(name);
    expect(terms(text)).toContain('python');
  });

  it('reads negation: "No Java experience required" and "not Ruby" never raise them', () => {
    expect(terms(text)).not.toContain('java');
    expect(terms(text)).not.toContain('ruby');
  });

  it('discounts inline nice-to-haves ("is a plus", "Bonus:", "Nice to have") below what is required', () => {
    const python = weightOf(text, 'Python');
    for (const t of ['Terraform', 'Ansible', 'Grafana']) {
      const w = weightOf(text, t);
      expect(w, t).toBeGreaterThan(0);
      expect(w, t).toBeLessThan(python);
      expect(w, t).toBeLessThan(
        weightOf(
          text.replace(
            /^- (Terraform is a plus|Bonus: Ansible|Nice to have Grafana)\.$/gm,
            '- Kubernetes, Terraform, Ansible and Grafana.',
          ),
          t,
        ) + 1e-9,
      );
    }
  });

  it('reads a verb in context as the verb: "React quickly" is not the React library', () => {
    expect(terms(text)).not.toContain('react');
    expect(
      terms('Requirements\n- Build user interfaces in React and TypeScript.\n- Write tests for every component.'),
    ).toContain('react');
  });
});

describe('a posting in another language', () => {
  it('says it is not English and keeps non-ASCII letters inside words', () => {
    const p = analyzed(fixture('german-posting.txt'));
    expect(p.notes.join(' ')).toMatch(/German, not English/);
    expect(tokenize('Entwickler für Backend').map((t) => t.text)).toEqual(['Entwickler', 'für', 'Backend']);
    expect(p.keywords.map((k) => k.term)).toEqual(expect.arrayContaining(['Java', 'Kubernetes']));
    expect(p.keywords.some((k) => k.term === 'F' || k.term.toLowerCase() === 'r')).toBe(false);
  });

  it('says nothing about language for an English posting', () => {
    expect(analyzed(fixture('icu-nurse.txt')).notes.join(' ')).not.toMatch(/not English/);
  });
});

describe('pathological input', () => {
  it('never hands the stemmer an unbounded token', () => {
    const long = 'x'.repeat(40_000);
    const t0 = performance.now();
    const [t] = tokenize(`${long} Kubernetes`);
    expect(t!.stem).toBe(long);
    // Bounded by the cap, not by the stemmer: far below the seconds the Porter stemmer takes on this word.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('lines of credentials', () => {
  it('only a degree line discounts the skills beside it; a certification line names what the job asks for', () => {
    const top = (text: string) => {
      const r = analyzePosting(text);
      if (!r.ok) throw new Error(r.error);
      return r.posting.keywords;
    };
    const cert = top('Registered Nurse - ICU\nRNs working in the ICU must hold ACLS certification.\nWeekend shifts.');
    const degree = top('Registered Nurse - ICU\nBS in Nursing or Intensive Care Nursing.\nWeekend shifts.');
    const icu = (ks: typeof cert) => ks.find((k) => k.skillId === 'intensive-care');
    expect(icu(cert)).toBeDefined();
    expect(icu(cert)!.weight).toBeGreaterThan(0.5);
    const sicu = top('Registered Nurse Weekend - SICU\nAll RNs are required to maintain BLS.\nSurgical patients.');
    expect(sicu.find((k) => k.skillId === 'surgical-icu')!.weight).toBeGreaterThan(0.5);
    expect(degree.length).toBeGreaterThan(0);
  });
});
