import { describe, expect, it } from 'vitest';
import { buildTimeline, isInDateRange, monthOf } from './timeline';

describe('monthOf', () => {
  it.each([
    [{ date: '2023-09-12' }, '2023-09'],
    [{ date: '2023-09' }, '2023-09'],
    [{}, null],
  ])('%j → %s', (b, month) => expect(monthOf(b)).toBe(month));
});

describe('isInDateRange', () => {
  it.each([
    [{ date: '2023-05-02' }, null, null, true],
    [{}, null, null, true],
    [{}, '2023-01', null, false],
    [{ date: '2023-05-02' }, '2023-05', '2023-05', true],
    [{ date: '2023-05-02' }, '2023-06', null, false],
    [{ date: '2023-05-02' }, null, '2023-04', false],
    [{ date: '2024-01' }, '2023-12', '2024-01', true],
  ])('%j in %s..%s → %s', (b, from, to, inside) => expect(isInDateRange(b, from, to)).toBe(inside));
});

describe('buildTimeline', () => {
  it('fills every month between the first and last, with zeros, across a year end', () => {
    expect(
      buildTimeline([{ date: '2023-11-30' }, { date: '2024-02-01' }, { date: '2024-02-20' }, {}, {}]),
    ).toEqual({
      months: [
        { month: '2023-11', count: 1 },
        { month: '2023-12', count: 0 },
        { month: '2024-01', count: 0 },
        { month: '2024-02', count: 2 },
      ],
      undated: 2,
    });
  });
  it('has no months when nothing is dated', () => {
    expect(buildTimeline([{}, {}])).toEqual({ months: [], undated: 2 });
  });
  it('counts every briefing exactly once', () => {
    const briefings = Array.from({ length: 500 }, (_, i) =>
      i % 7 === 0 ? {} : { date: `20${10 + (i % 12)}-0${1 + (i % 9)}-01` },
    );
    const t = buildTimeline(briefings);
    expect(t.months.reduce((n, m) => n + m.count, 0) + t.undated).toBe(500);
  });
});
