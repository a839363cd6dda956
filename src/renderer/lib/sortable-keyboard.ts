import {
  closestCenter,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { hasSortableData } from '@dnd-kit/sortable';

/**
 * Keyboard sorting that works for items of any height. dnd-kit's sortableKeyboardCoordinates picks the next item by
 * geometry and closestCenter then decides where the item lands: with a tall item among short ones the dragged
 * box's centre falls two items away (one ArrowDown moved Skills two places) or nowhere new (a tall section could
 * not move up). Here an arrow key moves exactly one place by index, and a keyboard drag lands on the item whose
 * edge it was aligned with.
 */
const sortIndex = (c: { data: { current?: unknown } } | undefined): number | null =>
  c && hasSortableData(c as never) ? (c.data.current as { sortable: { index: number } }).sortable.index : null;

const oneStepCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, over, collisionRect, droppableRects, droppableContainers } = context;
  if (event.code !== KeyboardCode.Down && event.code !== KeyboardCode.Up) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;
  const enabled = droppableContainers.getEnabled();
  const from = sortIndex(droppableContainers.get(active.id));
  const at = sortIndex(droppableContainers.get(over?.id ?? active.id)) ?? from;
  if (from === null || at === null) return undefined;
  const to = at + (event.code === KeyboardCode.Down ? 1 : -1);
  const target = enabled.find((c) => sortIndex(c) === to);
  const rect = target ? droppableRects.get(target.id) : undefined;
  if (!target || !rect) return undefined;
  // Below its own place the item's bottom meets the target's bottom; above it, the tops meet.
  const y = to > from ? rect.top + rect.height - collisionRect.height : rect.top;
  return { x: collisionRect.left, y };
};

/** A pointer drag uses closestCenter; a keyboard drag (no pointer) the item whose top or bottom edge it meets. */
export const edgeOrCenter: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return closestCenter(args);
  const c = args.collisionRect;
  return args.droppableContainers
    .map((d) => {
      const r = args.droppableRects.get(d.id);
      const value = r ? Math.min(Math.abs(r.top - c.top), Math.abs(r.bottom - c.bottom)) : Infinity;
      return { id: d.id, data: { droppableContainer: d, value } };
    })
    .filter((x) => Number.isFinite(x.data.value))
    .sort((a, b) => a.data.value - b.data.value);
};

export function useSortSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: oneStepCoordinates }),
  );
}

/** "Achieved a 5x…": the first words of an item, for announcements and labels. */
export function firstWords(text: string, max = 36): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 12 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Where the item being dragged was last announced (one drag at a time in the page). */
let lastOver: UniqueIdentifier | null = null;

/**
 * What a screen reader hears while an item moves: its first words and its place, never its id
 * ("moved 'Achieved a 5x…' to position 2 of 3").
 */
export function sortAnnouncements(ids: readonly UniqueIdentifier[], name: (id: string) => string): Announcements {
  const place = (id: UniqueIdentifier | undefined) => `position ${ids.indexOf(id ?? '') + 1} of ${ids.length}`;
  const said = (id: UniqueIdentifier) => `'${name(String(id))}'`;
  return {
    onDragStart: ({ active }) => {
      lastOver = active.id;
      return `Picked up ${said(active.id)} at ${place(active.id)}.`;
    },
    // dnd-kit reports the item over itself right after the pick-up: only a real move is announced.
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver) return undefined;
      lastOver = over.id;
      return `Moved ${said(active.id)} to ${place(over.id)}.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `Dropped ${said(active.id)} at ${place(over.id)}.` : `Dropped ${said(active.id)}.`,
    onDragCancel: ({ active }) => `Cancelled: ${said(active.id)} is back at ${place(active.id)}.`,
  };
}
