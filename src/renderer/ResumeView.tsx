import type { Entry, Resume, TextRun } from '../core/resume/schema';

/** The master resume, read-only. */
export function ResumeView({ resume }: { resume: Resume }) {
  const { basics } = resume;
  return (
    <article className="resume" aria-label="Master resume">
      <h2 className="resume-name">{basics.name}</h2>
      <p className="resume-contact">{[basics.phone, basics.email, basics.location, ...basics.links.map((l) => l.label)].filter(Boolean).join(' · ')}</p>
      {resume.summary && <p className="resume-summary">{resume.summary}</p>}
      {resume.sections.map((s) => (
        <section key={s.id} aria-labelledby={`h-${s.id}`}>
          <h3 id={`h-${s.id}`}>{s.title}</h3>
          {s.kind === 'skills'
            ? resume.skills.map((g) => (
                <p key={g.id}>
                  <strong>{g.label}:</strong> {g.items.join(', ')}
                </p>
              ))
            : s.entries.map((e) => <EntryView key={e.id} entry={e} />)}
        </section>
      ))}
    </article>
  );
}

function EntryView({ entry }: { entry: Entry }) {
  const heading = [entry.title, entry.organization].filter(Boolean).join(' — ');
  return (
    <div className="entry">
      {heading && <h4>{heading}</h4>}
      {entry.tech.length > 0 && <p className="tech">{entry.tech.join(', ')}</p>}
      <ul>
        {entry.bullets.map((b) => (
          <li key={b.id}>
            <Runs runs={b.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
