import { describe, expect, it } from 'vitest';
import { firstWords, sortAnnouncements } from '../../../src/renderer/lib/sortable-keyboard';

const active = (id: string) => ({ id }) as never;

describe('what a screen reader hears while a bullet moves', () => {
  const ids = ['b1', 'b2', 'b3'];
  const names: Record<string, string> = {
    b1: firstWords('Achieved a 5x faster build by caching compiled kernels across runs'),
    b2: 'Two',
    b3: 'Three',
  };
  const say = sortAnnouncements(ids, (id) => names[id] ?? '');

  it('names the first words and the position, never the id', () => {
    expect(say.onDragStart({ active: active('b1') })).toBe(
      "Picked up 'Achieved a 5x faster build by…' at position 1 of 3.",
    );
    // dnd-kit reports the item over itself right after the pick-up: nothing to say yet.
    expect(say.onDragOver({ active: active('b1'), over: active('b1') })).toBeUndefined();
    expect(say.onDragOver({ active: active('b1'), over: active('b2') })).toBe(
      "Moved 'Achieved a 5x faster build by…' to position 2 of 3.",
    );
    expect(say.onDragEnd({ active: active('b1'), over: active('b2') })).toBe(
      "Dropped 'Achieved a 5x faster build by…' at position 2 of 3.",
    );
    expect(say.onDragCancel({ active: active('b1'), over: null })).toMatch(/back at position 1 of 3/);
  });

  it('keeps short texts whole and cuts long ones at a word', () => {
    expect(firstWords('  Led the  night shift ')).toBe('Led the night shift');
    expect(firstWords('Supercalifragilisticexpialidocious-and-more-words-without-spaces')).toMatch(/^.{36}…$/);
  });
});
