import { describe, expect, it } from 'vitest';
import { KIND_RAMP } from '@/core/view';
import { buildColorClasses, colorFor, legendItems, NO_DATA, rampKindOf } from './color-classes';

describe('buildColorClasses', () => {
  it.each([
    [[], []],
    [[0, 0], []],
    [[2], [[2, 2]]],
    [
      [2, 2, 1],
      [
        [1, 1],
        [2, 2],
      ],
    ],
    [
      [7, 1, 1, 1, 3],
      [
        [1, 1],
        [3, 3],
        [7, 7],
      ],
    ],
    [
      [1, 1, 2],
      [
        [1, 1],
        [2, 2],
      ],
    ],
    [
      [1, 2, 3, 4, 5, 0],
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
        [5, 5],
      ],
    ],
  ])('%j → %j', (counts, ranges) => {
    expect(buildColorClasses(counts, 'countries').map((c) => [c.min, c.max])).toEqual(ranges);
  });

  it('covers every non-zero count with at most five classes, by quantile', () => {
    const counts = [1, 1, 1, 1, 2, 2, 3, 5, 8, 13, 400];
    const classes = buildColorClasses(counts, 'countries');
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(classes[0]!.min).toBe(1);
    expect(classes.at(-1)!.max).toBe(400);
    for (const c of counts) expect(colorFor(classes, c)).not.toBeNull();
    // One outlier does not push everyone else into the palest class.
    expect(colorFor(classes, 13)).not.toBe(colorFor(classes, 1));
  });

  it('gives no colour to zero, and darker colours to larger counts', () => {
    const classes = buildColorClasses([1, 10], 'countries');
    expect(colorFor(classes, 0)).toBeNull();
    expect(colorFor(classes, 1)).toBe('var(--ramp-countries-1)');
    expect(colorFor(classes, 10)).toBe('var(--ramp-countries-5)');
  });
});

describe('the ramp of the kind the map counts', () => {
  it('colours by country with the countries ramp, by WCO region with the regions ramp', () => {
    expect(rampKindOf('country')).toBe('countries');
    expect(rampKindOf('region')).toBe('regions');
    const counts = [1, 2, 3, 4, 9];
    for (const kind of ['countries', 'regions'] as const) {
      const colors = buildColorClasses(counts, kind).map((c) => c.color);
      expect(colors).toEqual(KIND_RAMP[kind]);
      expect(colors.every((c) => c.startsWith(`var(--ramp-${kind}-`))).toBe(true);
    }
  });

  it("draws the largest counts in the kind's own colour, one class alone included", () => {
    expect(buildColorClasses([3, 3], 'regions').map((c) => c.color)).toEqual(['var(--ramp-regions-5)']);
    expect(buildColorClasses([1, 7], 'regions').at(-1)!.color).toBe('var(--ramp-regions-5)');
  });

  it('keeps "no briefings" out of the ramp, first in the legend', () => {
    const legend = legendItems(buildColorClasses([1, 2], 'regions'));
    expect(legend[0]).toEqual({ color: NO_DATA, label: 'No briefings' });
    expect(legend.slice(1).map((l) => l.label)).toEqual(['1 briefing', '2 briefings']);
    expect(KIND_RAMP.regions).not.toContain(NO_DATA);
  });
});
