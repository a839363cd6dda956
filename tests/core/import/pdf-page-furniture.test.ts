import { describe, expect, it } from 'vitest';
import type { PdfItem, PdfPage } from '../../../src/core/import/pdf-layout';
import { stripPageFurniture } from '../../../src/core/import/pdf-page-furniture';

const item = (text: string, x: number, y: number): PdfItem => ({ text, x, y, width: text.length * 5, size: 10 });
const page = (items: PdfItem[]): PdfPage => ({ width: 612, height: 792, items });

describe('stripPageFurniture', () => {
  it('leaves out running headers and page numbers, reporting each once with its text', () => {
    const pages = [
      page([
        item('Jane Doe — Resume', 50, 770),
        item('Experience', 50, 700),
        item('Did thing 1', 60, 90),
        item('Page 1 of 2', 280, 30),
      ]),
      page([item('Jane Doe — Resume', 50, 770), item('Did thing 2', 60, 700), item('Page 2 of 2', 280, 30)]),
    ];
    const { pages: out, notes } = stripPageFurniture(pages);
    expect(out.map((p) => p.items.map((i) => i.text))).toEqual([['Experience', 'Did thing 1'], ['Did thing 2']]);
    expect(notes).toEqual([
      'left out a line repeated at the top of every page: Jane Doe — Resume',
      'page numbers were left out ("Page 1 of 2")',
    ]);
  });

  it('keeps lines that only look alike at different places, and everything of a one-page resume', () => {
    const pages = [page([item('Did thing 10', 60, 60)]), page([item('Did thing 11', 60, 760)])];
    expect(stripPageFurniture(pages)).toEqual({ pages, notes: [] });
    const one = [page([item('Page 1 of 1', 280, 30)])];
    expect(stripPageFurniture(one)).toEqual({ pages: one, notes: [] });
  });

  it('keeps the wrapped end of a bullet at the foot of each page, one line below its start', () => {
    const pages = [1, 2].map((n) =>
      page([
        item(`Did thing ${n}, ending in the same words`, 60, 700),
        item(`Led audit ${n}; bullet`, 60, 62),
        item('“quoted” — check.', 66, 50),
      ]),
    );
    expect(stripPageFurniture(pages)).toEqual({ pages, notes: [] });
  });
});
