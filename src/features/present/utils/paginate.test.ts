import { describe, expect, it } from 'vitest';
import { labelLines, paginate, rowHeight, ROWS_BUDGET } from './paginate';

describe('labelLines', () => {
  it.each([
    ['Origin', 1],
    ['Illicit trade, investigations and seizures', 2],
    ['North of Africa, Near and Middle', 2],
    ['', 1],
  ])('%s → %i', (label, lines) => {
    expect(labelLines(label, 30)).toBe(lines);
  });
});

describe('paginate', () => {
  it('keeps a chart that fits on one slide', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `Theme ${i}`);
    expect(paginate(rows, (r) => rowHeight(r))).toEqual([rows]);
  });

  it('splits a long chart into even slides that each fit the budget, in order, losing nothing', () => {
    const rows = Array.from({ length: 18 }, (_, i) =>
      i % 3 ? `Theme ${i}` : `A much longer theme label number ${i}`,
    );
    const pages = paginate(rows, (r) => rowHeight(r));
    expect(pages.length).toBe(2);
    expect(pages.flat()).toEqual(rows);
    for (const page of pages)
      expect(page.reduce((s, r) => s + rowHeight(r), 0)).toBeLessThanOrEqual(ROWS_BUDGET);
    expect(Math.abs(pages[0]!.length - pages[1]!.length)).toBeLessThanOrEqual(3);
  });

  it('gives a row taller than the budget a slide of its own', () => {
    expect(paginate(['a', 'b'], (r) => (r === 'a' ? 100 : 10), 60)).toEqual([['a'], ['b']]);
  });

  it('has no slide for no rows', () => {
    expect(paginate([], () => 1)).toEqual([]);
  });
});

describe('paginate: the example', () => {
  it('spreads five rows of 20 over two pages of at most 80', () => {
    expect(paginate(['a', 'b', 'c', 'd', 'e'], () => 20, 80)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});
