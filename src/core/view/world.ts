/**
 * The world map as the page draws it: a path per country (projected at build time, world-projection.ts) with its
 * label point, area and bounds, read from public/data/world.json.
 */

/** The drawn world, projected once: a path per country and where its label point is. */
export interface WorldShape {
  /** ISO alpha-3, or '' for areas with no code of their own (drawn as land with no data). */
  id: string;
  name: string;
  path: string;
  centroid: [number, number];
  /** Projected area in square view units, to find countries too small to click. */
  area: number;
  /** Projected bounding box [[x0, y0], [x1, y1]], to zoom to a set of countries. */
  bounds: [[number, number], [number, number]];
}

export interface World {
  width: number;
  height: number;
  shapes: WorldShape[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every(isNumber);

/**
 * Checks the projected world read from world.json (a build artifact, but a truncated or stale file must fail
 * clearly): the map's size and every shape's fields.
 * @example readWorld(await response.json()) // → World, or throws saying what is wrong
 */
export function readWorld(input: unknown): World {
  const w = input as Partial<World> | null;
  if (!w || !isNumber(w.width) || !isNumber(w.height) || !Array.isArray(w.shapes))
    throw new Error('The world map file is not a projected map (width, height, shapes).');
  w.shapes.forEach((s: Partial<WorldShape>, i) => {
    const ok =
      typeof s.id === 'string' &&
      typeof s.name === 'string' &&
      typeof s.path === 'string' &&
      isPoint(s.centroid) &&
      isNumber(s.area) &&
      Array.isArray(s.bounds) &&
      s.bounds.length === 2 &&
      s.bounds.every(isPoint);
    if (!ok) throw new Error(`The world map file has a malformed shape at position ${i}.`);
  });
  return w as World;
}
