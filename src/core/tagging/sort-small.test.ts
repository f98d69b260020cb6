import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from './sort-small';

describe('sortSmall', () => {
  it('orders as Array.prototype.sort does, keeping equal items in their order, short lists and long', () => {
    const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 60 }),
        (items) => {
          const expected = [...items].sort(byKey);
          const copy = [...items];
          expect(sortSmall(copy, byKey)).toBe(copy);
          expect(copy).toEqual(expected);
        },
      ),
    );
  });
});
