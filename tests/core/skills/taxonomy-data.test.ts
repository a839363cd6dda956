import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fields from '../../../src/core/skills/data/fields.json';
import { FieldFile, FieldsBundle } from '../../../src/core/skills/schema';
import { matchSkills } from '../../../src/core/skills/match-skills';
import { getTaxonomy, lookupSkill } from '../../../src/core/skills/taxonomy';
import { skillId } from '../../../src/core/slug';
import { tokenize } from '../../../src/core/job/tokenize';

const FIELDS_DIR = path.resolve(__dirname, '../../../src/core/skills/data/fields');
const fieldFiles = readdirSync(FIELDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

const found = (text: string) => matchSkills(tokenize(text, { stems: true })).map((m) => m.skill.name);

describe('taxonomy field data (data/fields/*.json bundled into fields.json)', () => {
  it('parses, names its field by its file, records licences, and the bundle is fresh', () => {
    const hash = createHash('sha256');
    for (const f of fieldFiles) {
      const bytes = readFileSync(path.join(FIELDS_DIR, f));
      const parsed = FieldFile.parse(JSON.parse(bytes.toString('utf8')));
      expect(`${parsed.field}.json`).toBe(f);
      expect(parsed.license).toMatch(/MIT/);
      hash.update(f);
      hash.update(bytes);
    }
    const bundle = FieldsBundle.parse(fields);
    // A stale bundle means someone edited a field file without `npm run build:taxonomy`.
    expect(bundle.inputsDigest).toBe(hash.digest('hex'));
    expect(bundle.sources.map((s) => `${s.package}:${s.license}`)).toEqual(['american-british-english-translator:MIT']);
    expect(bundle.fields.map((f) => f.field).sort()).toEqual(fieldFiles.map((f) => f.replace(/\.json$/, '')));
  });

  it('covers every profession with a real vocabulary', () => {
    const counts = Object.fromEntries(FieldsBundle.parse(fields).fields.map((f) => [f.field, f.skills]));
    for (const field of ['healthcare', 'sales', 'data-analytics', 'mechanical'])
      expect(counts[field], field).toBeGreaterThanOrEqual(70);
    for (const field of ['finance', 'design', 'education', 'trades', 'workplace'])
      expect(counts[field], field).toBeGreaterThanOrEqual(30);
  });

  it('never gives one written form to two skills, unless every claim needs context', () => {
    const t = getTaxonomy();
    const conflicts: string[] = [];
    for (const [key, refs] of t.byKey) {
      const sure = new Set(refs.filter((r) => !r.generated && !r.ambiguous).map((r) => r.skill.id));
      if (sure.size > 1) conflicts.push(`${key}: ${[...sure].join(', ')}`);
    }
    expect(conflicts).toEqual([]);
  });

  it('names only skills that exist in every relation, and links them', () => {
    const t = getTaxonomy();
    const missing: string[] = [];
    for (const [from, to] of fields.relations as [string, string, number][]) {
      const a = lookupSkill(from);
      const b = lookupSkill(to);
      if (a?.name !== from || b?.name !== to) missing.push(`${from} -> ${to}`);
      else if (!t.related.get(a.id)?.some((r) => r.to === b.id)) missing.push(`${from} -> ${to} (not linked)`);
    }
    expect(missing).toEqual([]);
  });

  it('resolves what a recruiter in each field writes to one canonical skill', () => {
    const cases: [string, string][] = [
      ['k8s', 'Kubernetes'],
      // healthcare
      ['BLS', 'Basic Life Support'],
      ['ACLS', 'Advanced Cardiovascular Life Support'],
      ['PALS', 'Pediatric Advanced Life Support'],
      ['CCRN', 'Critical Care Registered Nurse'],
      ['NIHSS', 'NIH Stroke Scale'],
      ['TNCC', 'Trauma Nursing Core Course'],
      ['NRP', 'Neonatal Resuscitation Program'],
      ['CEN', 'Certified Emergency Nurse'],
      ['RN', 'Registered Nurse'],
      ['BSN', 'Bachelor of Science in Nursing'],
      ['ITU', 'Intensive Care'],
      ['critical care', 'Intensive Care'],
      ['SICU', 'Surgical ICU'],
      ['med-surg', 'Medical-Surgical'],
      ['A&E', 'Emergency Department'],
      ['PACU', 'Post-Anesthesia Care Unit'],
      ['NICU', 'Neonatal ICU'],
      ['Oracle Health', 'Cerner'],
      ['Meditech', 'Meditech'],
      ['mechanical ventilation', 'Ventilator Management'],
      ['NMC registration', 'NMC Registration'],
      ['Band 6', 'NHS Band 6'],
      ['paediatric intensive care', 'Pediatric ICU'],
      // sales
      ['MEDDIC', 'MEDDIC'],
      ['MEDDPICC', 'MEDDIC'],
      ['SPIN selling', 'SPIN Selling'],
      ['SFDC', 'Salesforce'],
      ['Sales Navigator', 'LinkedIn Sales Navigator'],
      ['Salesloft', 'Salesloft'],
      ['ZoomInfo', 'ZoomInfo'],
      ['quota attainment', 'Quota Attainment'],
      ['territory management', 'Territory Planning'],
      ['mid-market', 'Mid-Market Sales'],
      ['software as a service', 'SaaS'],
      // data and analytics
      ['Power BI', 'Power BI'],
      ['PowerBI', 'Power BI'],
      ['T-SQL', 'T-SQL'],
      ['Redshift', 'Amazon Redshift'],
      ['Spark SQL', 'Apache Spark'],
      ['LookML', 'Looker'],
      ['pivot tables', 'Pivot Tables'],
      ['XLOOKUP', 'VLOOKUP'],
      ['logistic regression', 'Regression Analysis'],
      ['A/B testing', 'A/B Testing'],
      ['hypothesis testing', 'Hypothesis Testing'],
      ['data visualisation', 'Data Visualization'],
      // mechanical and manufacturing
      ['GD&T', 'GD&T'],
      ['ASME Y14.5', 'GD&T'],
      ['SOLIDWORKS', 'SolidWorks'],
      ['Pro/E', 'Creo'],
      ['FEA', 'Finite Element Analysis'],
      ['CFD', 'Computational Fluid Dynamics'],
      ['tolerance stack-up', 'Tolerance Analysis'],
      ['DFM', 'Design for Manufacturing'],
      ['injection moulding', 'Injection Molding'],
      ['aluminium alloys', 'Aluminum'],
      ['PFMEA', 'FMEA'],
      ['8D', '8D Problem Solving'],
      ['Gage R&R', 'Measurement System Analysis'],
      // finance, design, education, trades
      ['IFRS', 'IFRS'],
      ['US GAAP', 'GAAP'],
      ['month-end close', 'Month-End Close'],
      ['ACCA', 'ACCA'],
      ['QuickBooks Online', 'QuickBooks'],
      ['financial modelling', 'Financial Modeling'],
      ['Adobe CC', 'Adobe Creative Cloud'],
      ['user research', 'UX Research'],
      ['IEP', 'Individualized Education Program'],
      ['QTS', 'Qualified Teacher Status'],
      ['differentiated instruction', 'Differentiated Instruction'],
      ['Gas Safe', 'Gas Safe Registration'],
      ['18th Edition', 'BS 7671 18th Edition'],
      ['EPA 608', 'EPA Section 608 Certification'],
      ['heat pumps', 'Heat Pumps'],
      ['OSHA 30', 'OSHA Certification'],
      // everyone
      ['time management', 'Time Management'],
      ['teamwork', 'Teamwork'],
    ];
    const wrong = cases.filter(([text, name]) => lookupSkill(text)?.name !== name);
    expect(wrong.map(([text, name]) => `${text} -> ${lookupSkill(text)?.name ?? 'nothing'} (want ${name})`)).toEqual(
      [],
    );
  });

  it('files credentials as credentials and soft skills as soft skills', () => {
    for (const name of ['BLS', 'CCRN', 'QTS', 'Gas Safe', 'CPA', 'Six Sigma Green Belt', 'PE license'])
      expect(lookupSkill(name)?.kind, name).toBe('credential');
    for (const name of ['Negotiation', 'Time Management', 'Teamwork', 'Communication', 'Leadership'])
      expect(lookupSkill(name)?.kind, name).toBe('soft_skill');
    for (const name of ['Epic', 'Salesforce', 'Tableau', 'SolidWorks', 'Xero', 'Figma'])
      expect(lookupSkill(name)?.kind, name).toBe('tool');
  });

  it('keeps bare common words from becoming skills on their own', () => {
    const t = getTaxonomy();
    for (const word of [
      'registers',
      'pipeline',
      'production',
      'indexing',
      'scale',
      'test',
      'close',
      'quota',
      'training',
    ])
      for (const ref of t.byKey.get(word) ?? [])
        expect(ref.ambiguous || ref.needsSupport === true, `${word} -> ${ref.skill.name}`).toBe(true);
    expect(found('The registers at the front desk close at five; production of the school play starts soon.')).toEqual(
      [],
    );
  });

  it('reads a context-only word where its field supports it', () => {
    expect(found('Exceeded quota by 130% and built a $2M pipeline of enterprise deals in Salesforce.')).toEqual(
      expect.arrayContaining(['Quota Attainment', 'Pipeline Management', 'Salesforce']),
    );
    expect(found('Charted in Epic and titrated vasopressors for ventilated ICU patients.')).toEqual(
      expect.arrayContaining(['Epic Systems', 'Vasoactive Drips', 'Intensive Care']),
    );
  });

  it('does not leak software and consumer senses into a mechanical posting', () => {
    const names = found(
      'Design sensor enclosures and electronics enclosures in SolidWorks or similar software, taking products from prototype to production.',
    );
    expect(names).toContain('SolidWorks');
    expect(names).not.toContain('Consumer Electronics');
    expect(names).not.toContain('Production Systems');
  });

  it('reads everyday forms of review, robotics and failure analysis', () => {
    expect(found('Review about 15 pull requests a week.')).toContain('Code Review');
    expect(found('Integrated machine vision into robotic systems for the warehouse.')).toContain('Robotics');
    expect(found('Led a failure mode analysis of the pump seals.')).toContain('FMEA');
  });

  it('marks generic concepts as broad', () => {
    const t = getTaxonomy();
    for (const name of ['Latency', 'Throughput', 'Performance Optimization', 'Production Systems', 'Communication'])
      expect(t.byId.get(skillId(name))?.broad, name).toBe(true);
  });
});
