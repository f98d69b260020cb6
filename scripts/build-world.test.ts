import { describe, expect, it } from 'vitest';
import { boundaryNotes, readWorld, redrawAlongParallel, type World } from '../src/core/view';
import { buildWorld, buildWorldTopology } from './build-world';

const world: World = buildWorld();
const shape = (id: string) => {
  const found = world.shapes.filter((s) => s.id === id);
  expect(found, id).toHaveLength(1);
  return found[0]!;
};

/** The absolute y of every point of a relative path (m/l/z, as world-projection.ts writes it). */
function ysOf(d: string): number[] {
  const ys: number[] = [];
  let y = 0;
  let start = 0;
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === 'z') {
      y = start;
      continue;
    }
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 1; i < numbers.length; i += 2) {
      y += numbers[i]!;
      if (command === 'm' && i === 1) start = y;
      ys.push(y);
    }
  }
  return ys;
}

describe('Western Sahara on the map, as on United Nations maps', () => {
  it('is a territory of its own, south of 27° 40′ N, and Morocco stops there', () => {
    const line = world.boundaries.find((b) => b.between.join() === 'ESH,MAR');
    expect(line).toBeDefined();
    const ys = ysOf(line!.path);
    // Along a parallel, which Equal Earth draws straight: one y, within rounding.
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(0.02);
    const y = ys[0]!;
    const esh = shape('ESH');
    const mar = shape('MAR');
    expect(esh.name).toBe('Western Sahara');
    expect(esh.bounds[0][1]).toBeCloseTo(y, 1);
    expect(mar.bounds[1][1]).toBeCloseTo(y, 1);
    // Natural Earth's own "W. Sahara" is the strip east of the berm, a sixth of Morocco's area; redrawn, the
    // territory is about 266,000 km² to Morocco's 447,000 (the map is equal-area).
    expect(esh.area / mar.area).toBeGreaterThan(0.5);
    expect(esh.area / mar.area).toBeLessThan(0.8);
  });

  it('says so under the map, in plain words', () => {
    expect(boundaryNotes(world)).toEqual([
      expect.stringMatching(
        /^Western Sahara is drawn as a territory of its own, not as part of Morocco, as on United Nations maps; the dashed line/,
      ),
    ]);
    expect(boundaryNotes({ boundaries: [] })).toEqual([]);
  });

  it('fails the build rather than drawing a wrong map when the parallel does not cut the two in two', () => {
    const topology = buildWorldTopology();
    expect(() => redrawAlongParallel(topology, { south: 'ESH', north: 'MAR', latitude: 40 })).toThrow(
      /crosses ESH and MAR 0 times/,
    );
    expect(() => redrawAlongParallel(topology, { south: 'ESH', north: 'XXX', latitude: 27.6 })).toThrow(
      /no shapes for both/,
    );
  });

  it('is read back from world.json, and a malformed boundary is refused', () => {
    const json = JSON.parse(JSON.stringify(world)) as World;
    expect(readWorld(json).boundaries).toEqual(world.boundaries);
    expect(() => readWorld({ ...json, boundaries: [{ between: ['ESH'], path: 'm0,0' }] })).toThrow(
      /malformed boundary at position 0/,
    );
    expect(() => readWorld({ ...json, boundaries: undefined })).toThrow(/boundaries/);
  });
});
