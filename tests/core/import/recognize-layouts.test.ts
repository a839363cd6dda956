import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../../src/core/import/recognize-dates';
import { recognizeResume } from '../../../src/core/import/recognize-structure';
import type { SourceLine } from '../../../src/core/import/source-line';

function read(lines: Omit<SourceLine, 'lineNo'>[]) {
  const r = recognizeResume(lines.map((l, i) => ({ ...l, lineNo: i + 1 })));
  if (!r.ok) throw new Error(r.error);
  return r.resume;
}

describe('layouts the first corpus did not have', () => {
  it('reads the date forms people type', () => {
    expect(parseDateRange('2019–21')).toEqual({ start: '2019', end: '2021' });
    expect(parseDateRange('1998-02')).toEqual({ end: '1998-02' });
    expect(parseDateRange('2021–19')).toBeNull();
    expect(parseDateRange('03/2021 – present')).toEqual({ start: '2021-03', end: 'present' });
    expect(parseDateRange('Summer 2020')).toEqual({ end: '2020' });
    expect(parseDateRange('Sept. 2017 – Jun. 2021')).toEqual({ start: '2017-09', end: '2021-06' });
  });

  it('reads LinkedIn-style lengths, two-digit years, graduations to come and "till date"', () => {
    expect(parseDateRange('January 2020 - Present (3 years 2 months)')).toEqual({ start: '2020-01', end: 'present' });
    expect(parseDateRange('Mar 2017 - Jun 2019 · 2 yrs 4 mos')).toEqual({ start: '2017-03', end: '2019-06' });
    expect(parseDateRange("Jan '19 – Present")).toEqual({ start: '2019-01', end: 'present' });
    expect(parseDateRange('January, 2019 – March, 2020')).toEqual({ start: '2019-01', end: '2020-03' });
    expect(parseDateRange('Expected May 2025')).toEqual({ end: '2025-05' });
    expect(parseDateRange('Since 2019')).toEqual({ start: '2019', end: 'present' });
    expect(parseDateRange('2018 – till date')).toEqual({ start: '2018', end: 'present' });
  });

  it('reads "Role at Organization" and "Role @ Organization"', () => {
    const r = read([
      { text: 'Jo Park' },
      { text: 'Experience', role: 'heading' },
      { text: 'Software Engineer at Northwind Traders', right: "Jan '19 – Present" },
      { text: 'Built the billing service', role: 'bullet' },
      { text: 'Head of Growth at Acme, Berlin', right: '2015' },
      { text: 'Barista @ Blue Bottle Coffee', right: '2016 – 2018' },
    ]);
    expect(r.sections[0]?.entries.map((e) => [e.title, e.organization, e.location ?? ''])).toEqual([
      ['Software Engineer', 'Northwind Traders', ''],
      ['Head of Growth', 'Acme', 'Berlin'],
      ['Barista', 'Blue Bottle Coffee', ''],
    ]);
  });

  it('splits skills on bullets or bars when the line has no commas', () => {
    const r = read([
      { text: 'Jo Park' },
      { text: 'Skills', role: 'heading' },
      { text: 'Python • SQL • Tableau (dashboards)' },
      { text: '**Office:** Excel | Power BI' },
    ]);
    expect(r.skills.map((g) => [g.label, g.items])).toEqual([
      ['Skills', ['Python', 'SQL', 'Tableau (dashboards)']],
      ['Office', ['Excel', 'Power BI']],
    ]);
  });

  it('splits "Degree, School" and "School, Degree" by their words, with a description line after', () => {
    const r = read([
      { text: 'Ana Test' },
      { text: 'Education', role: 'heading' },
      { text: '**B.Eng. in Civil Engineering, University of Galway**', right: '2017 – 2021' },
      { text: 'First-class honours.' },
      { text: '**Northfield College, Diploma in Nursing**', right: '2014' },
    ]);
    expect(r.sections[0]?.entries.map((e) => [e.title, e.organization])).toEqual([
      ['B.Eng. in Civil Engineering', 'University of Galway'],
      ['Diploma in Nursing', 'Northfield College'],
    ]);
  });

  it('reads "Role, Organization" in a section it does not know, but not an award', () => {
    const r = read([
      { text: 'Ana Test' },
      { text: 'Volunteering', role: 'heading' },
      { text: '**Coach, Galway Bay Rowing Club**', right: '2018 – 2022' },
      { text: 'Coached the junior crew', role: 'bullet' },
      { text: 'Honours', role: 'heading' },
      { text: 'Best Paper Award, Transport Forum', right: '2021' },
    ]);
    expect(r.sections[0]?.entries[0]).toMatchObject({ title: 'Coach', organization: 'Galway Bay Rowing Club' });
    expect(r.sections[1]?.entries[0]).toMatchObject({ title: 'Best Paper Award, Transport Forum' });
  });

  it('takes contacts out of one run of table cells, and the headline from after the name', () => {
    const r = read([
      { text: 'Rua das Flores 18, Porto' },
      { text: '**Rhys Morgan**', right: '+351 912 345 678' },
      { text: '**T** +44 7700 900 461 **E** rhys@example.co.uk', right: 'A Cardiff, Wales' },
      { text: 'Quantity Surveyor' },
      { text: 'Experience', role: 'heading' },
    ]);
    expect(r.basics).toMatchObject({
      name: 'Rhys Morgan',
      headline: 'Quantity Surveyor',
      email: 'rhys@example.co.uk',
      phone: '+351 912 345 678',
      location: 'Rua das Flores 18, Porto',
    });
  });
});
