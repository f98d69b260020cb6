import { describe, expect, it } from 'vitest';
import { buildColorClasses, colorFor } from './color-classes';

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
    expect(buildColorClasses(counts).map((c) => [c.min, c.max])).toEqual(ranges);
  });

  it('covers every non-zero count with at most five classes, by quantile', () => {
    const counts = [1, 1, 1, 1, 2, 2, 3, 5, 8, 13, 400];
    const classes = buildColorClasses(counts);
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(classes[0]!.min).toBe(1);
    expect(classes.at(-1)!.max).toBe(400);
    for (const c of counts) expect(colorFor(classes, c)).not.toBeNull();
    // One outlier does not push everyone else into the palest class.
    expect(colorFor(classes, 13)).not.toBe(colorFor(classes, 1));
  });

  it('gives no colour to zero, and darker colours to larger counts', () => {
    const classes = buildColorClasses([1, 10]);
    expect(colorFor(classes, 0)).toBeNull();
    expect(colorFor(classes, 1)).toBe('var(--heat-1)');
    expect(colorFor(classes, 10)).toBe('var(--heat-5)');
  });
});
