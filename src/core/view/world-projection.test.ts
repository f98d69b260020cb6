import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativePath } from './world-projection';

/** The absolute points an SVG path of m/l/z (relative) or M/L/Z (absolute) commands visits, per subpath. */
function pointsOf(d: string): [number, number][][] {
  const subpaths: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'z' || command === 'Z') {
      [x, y] = start;
      continue;
    }
    // SVG numbers may start with a dot or a minus sign: "-.03.5" is -0.03 then 0.5.
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === 'm' || command === 'l';
      x = relative ? x + numbers[i]! : numbers[i]!;
      y = relative ? y + numbers[i + 1]! : numbers[i + 1]!;
      if (i === 0 && (command === 'm' || command === 'M')) {
        start = [x, y];
        subpaths.push([]);
      }
      subpaths[subpaths.length - 1]!.push([x, y]);
    }
  }
  return subpaths;
}

const coordinate = fc.double({ min: -1000, max: 1000, noNaN: true });
const ring = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 8 });
const absolute = (rings: [number, number][][]) =>
  rings.map((r) => r.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('') + 'Z').join('');

describe('relativePath', () => {
  it('writes relative moves and lines in hundredths', () => {
    expect(relativePath('M10,10L11.5,10L11.5,12Z')).toBe('m10,10l1.5,0 0,2z');
    expect(relativePath('M509.36,111.52L509.33,111.53Z')).toBe('m509.36,111.52l-.03,.01z');
  });

  it('moves relative to where the last subpath started, as SVG does after "z"', () => {
    expect(relativePath('M10,10L20,10ZM30,30L31,30Z')).toBe('m10,10l10,0zm20,20l1,0z');
  });

  it('visits the same points, each rounded to a hundredth, and never more than that apart', () => {
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 4 }), (rings) => {
        const got = pointsOf(relativePath(absolute(rings)));
        expect(got).toHaveLength(rings.length);
        got.forEach((points, r) =>
          points.forEach(([x, y], i) => {
            const [ex, ey] = rings[r]![i]!;
            expect(Math.abs(x - ex)).toBeLessThan(0.0051);
            expect(Math.abs(y - ey)).toBeLessThan(0.0051);
          }),
        );
      }),
    );
  });

  it('is shorter than what it rewrites for a real coastline', () => {
    const coast = 'M509.36,111.52L509.33,111.53L509.33,111.52L509.33,111.5L509.36,111.5Z';
    expect(relativePath(coast).length).toBeLessThan(coast.length * 0.7);
  });
});
