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

/** A boundary between two territories that the map draws dashed (see `DASHED_BOUNDARIES`). */
export interface WorldBoundary {
  /** The two territories it separates (alpha-3): the one south of it, then the one north. */
  between: [string, string];
  /** The line alone, as an SVG path (no fill). */
  path: string;
}

export interface World {
  width: number;
  height: number;
  shapes: WorldShape[];
  /** Boundaries drawn dashed over the shapes. */
  boundaries: WorldBoundary[];
}

/** A boundary drawn as the United Nations' maps draw it: along a parallel, dashed, with what the map says of it. */
export interface DashedBoundary {
  /** The territory south of the line (alpha-3). */
  south: string;
  /** The territory north of it. */
  north: string;
  /** The parallel the line follows, in degrees north. */
  latitude: number;
  /** Said in plain words under the map on the page, on its slide, in its export and in the printed pack. */
  note: string;
}

/**
 * Boundaries the map redraws and dashes, following the United Nations' maps for a boundary that is not settled,
 * which is the convention an intergovernmental audience expects.
 *
 * Natural Earth draws the world as it is administered: its "Morocco" reaches 21° N and its "W. Sahara" is only the
 * strip east of the berm. The United Nations list Western Sahara as a Non-Self-Governing Territory and draw it whole,
 * south of 27° 40′ N, with a dashed line where it meets Morocco. The map is built that way (world-projection.ts).
 */
export const DASHED_BOUNDARIES: readonly DashedBoundary[] = [
  {
    south: 'ESH',
    north: 'MAR',
    latitude: 27 + 40 / 60,
    note: 'Western Sahara is drawn as a territory of its own, not as part of Morocco, as on United Nations maps; the dashed line is its boundary with Morocco, which is not settled.',
  },
];

/**
 * What the map says of the dashed boundaries it draws.
 * @example boundaryNotes(world) // → ['Western Sahara is drawn as a territory of its own, …']
 */
export function boundaryNotes(world: Pick<World, 'boundaries'>): string[] {
  return DASHED_BOUNDARIES.filter((b) =>
    world.boundaries.some((w) => w.between[0] === b.south && w.between[1] === b.north),
  ).map((b) => b.note);
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
  if (
    !w ||
    !isNumber(w.width) ||
    !isNumber(w.height) ||
    !Array.isArray(w.shapes) ||
    !Array.isArray(w.boundaries)
  )
    throw new Error('The world map file is not a projected map (width, height, shapes, boundaries).');
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
  w.boundaries.forEach((b: Partial<WorldBoundary>, i) => {
    const ok =
      Array.isArray(b.between) &&
      b.between.length === 2 &&
      b.between.every((id) => typeof id === 'string') &&
      typeof b.path === 'string';
    if (!ok) throw new Error(`The world map file has a malformed boundary at position ${i}.`);
  });
  return w as World;
}
