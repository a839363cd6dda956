import { DndContext, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { BulletScore } from '../../core/match';
import type { Entry, Resume, Section } from '../../core/resume/schema';
import type { Tailoring } from '../../core/tailor/variant-schema';
import { plainText } from '../../core/resume/rich-text';
import { edgeOrCenter, firstWords, sortAnnouncements, useSortSensors } from '../lib/sortable-keyboard';
import { applyEdit, useTailor } from '../store/tailor-store';
import { BulletRow } from './BulletRow';
import { paneProps, type TabbedProps } from './PaneTabs';
import { SkillsTailor } from './SkillsTailor';
import { SummaryEditor } from './SummaryEditor';

interface Props extends TabbedProps {
  resume: Resume;
  tailoring: Tailoring;
  bullets: ReadonlyMap<string, BulletScore>;
}

const INSTRUCTIONS = {
  draggable:
    'To move this item, press Space or Enter, then the up and down arrow keys; Space or Enter again to drop it, Escape to cancel.',
};

/** Sections, entries and bullets in the variant's order; sections and bullets reorder by drag or keyboard. */
export function ResumePane({ resume, tailoring, bullets, ...tab }: Props) {
  const sensors = useSortSensors();
  const master = useTailor((s) => s.master);
  const hidden = new Set([...tailoring.hidden.sections, ...tailoring.hidden.entries, ...tailoring.hidden.bullets]);
  const ids = resume.sections.map((s) => s.id);
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    applyEdit({ type: 'moveSection', sectionId: String(e.active.id), toIndex: ids.indexOf(String(e.over.id)) });
  };
  return (
    <section className="pane resume-pane" tabIndex={-1} {...paneProps('resume', tab, 'resume-h')}>
      <div className="pane-head">
        <h2 id="resume-h">Resume</h2>
      </div>
      <p className="name-line" aria-hidden="true">
        {resume.basics.name}
      </p>
      <SummaryEditor masterSummary={master?.summary} rewording={tailoring.summary} />
      <DndContext
        sensors={sensors}
        collisionDetection={edgeOrCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: INSTRUCTIONS,
          announcements: sortAnnouncements(ids, (id) => resume.sections.find((x) => x.id === id)?.title ?? 'section'),
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <div className="resume">
            {resume.sections.map((s) => (
              <SectionBlock
                key={s.id}
                section={s}
                resume={resume}
                hidden={hidden}
                tailoring={tailoring}
                bullets={bullets}
              />
            ))}
          </div>
        </SortableContext>
      </DndContext>
    </section>
  );
}

function SectionBlock({
  section,
  resume,
  hidden,
  tailoring,
  bullets,
}: {
  section: Section;
  resume: Resume;
  hidden: Set<string>;
  tailoring: Tailoring;
  bullets: ReadonlyMap<string, BulletScore>;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: section.id,
  });
  const off = hidden.has(section.id);
  return (
    <section
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`r-section${off ? ' is-hidden' : ''}${isDragging ? ' dragging' : ''}`}
      aria-labelledby={`sec-${section.id}`}
      data-section-id={section.id}
    >
      <div className="r-section-head">
        <button
          type="button"
          className="handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Move section ${section.title}`}
        >
          ⠿
        </button>
        <h3 id={`sec-${section.id}`}>{section.title}</h3>
        <Toggle id={section.id} label={`section ${section.title}`} shown={!off} />
      </div>
      {section.kind === 'skills' ? (
        <SkillsTailorOf tailoring={tailoring} fallback={resume} />
      ) : (
        section.entries.map((e) => (
          <EntryBlock
            key={e.id}
            entry={e}
            sectionTitle={section.title}
            hidden={hidden}
            tailoring={tailoring}
            bullets={bullets}
          />
        ))
      )}
    </section>
  );
}

function EntryBlock({
  entry,
  sectionTitle,
  hidden,
  tailoring,
  bullets,
}: {
  entry: Entry;
  sectionTitle: string;
  hidden: Set<string>;
  tailoring: Tailoring;
  bullets: ReadonlyMap<string, BulletScore>;
}) {
  const sensors = useSortSensors();
  const off = hidden.has(entry.id);
  const ids = entry.bullets.map((b) => b.id);
  const named = [entry.title, entry.organization].filter(Boolean).join(' — ');
  // An entry without a title (a list of publications) is named by its section for screen readers only.
  const title = named || `${sectionTitle.toLowerCase()} entry`;
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    applyEdit({ type: 'moveBullet', bulletId: String(e.active.id), toIndex: ids.indexOf(String(e.over.id)) });
  };
  return (
    <div className={`r-entry${off ? ' is-hidden' : ''}`} data-entry-id={entry.id}>
      <div className="r-entry-head">
        {named ? <h4>{named}</h4> : <span className="r-entry-untitled" />}
        <Toggle id={entry.id} label={`entry ${title}`} shown={!off} />
      </div>
      {entry.tech.length > 0 && <p className="tech">{entry.tech.join(', ')}</p>}
      {entry.bullets.length > 0 && (
        <DndContext
          sensors={sensors}
          collisionDetection={edgeOrCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: INSTRUCTIONS,
            announcements: sortAnnouncements(ids, (id) =>
              firstWords(plainText(entry.bullets.find((b) => b.id === id)?.text ?? [])),
            ),
          }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ul className="bullets">
              {entry.bullets.map((b) => (
                <BulletRow
                  key={b.id}
                  bullet={b}
                  score={bullets.get(b.id)}
                  hidden={hidden.has(b.id)}
                  rewording={tailoring.rewording[b.id]}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      )}
    </div>
  );
}

/** The skills of this variant, from the master (the tailored resume has hidden skills taken out already). */
function SkillsTailorOf({ tailoring, fallback }: { tailoring: Tailoring; fallback: Resume }) {
  const master = useTailor((s) => s.master);
  return <SkillsTailor master={master ?? fallback} tailoring={tailoring} />;
}

export function Toggle({ id, label, shown }: { id: string; label: string; shown: boolean }) {
  return (
    <label className="toggle" title={shown ? 'Shown: click to hide' : 'Hidden: click to show'}>
      <input
        type="checkbox"
        checked={shown}
        onChange={(e) => applyEdit({ type: 'setHidden', id, hidden: !e.target.checked })}
      />
      <span className="sr-only">Show {label}</span>
    </label>
  );
}
