/**
 * Projects the world map (Equal Earth, an equal-area projection) from Natural Earth's 1:50m countries, at build time
 * only: scripts/build-world.ts writes the result to public/data/world.json, so the page neither ships a projection
 * library nor spends its time projecting ~240 countries while a large corpus loads. The page reads it with
 * `readWorld` (world.ts).
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DASHED_BOUNDARIES, type DashedBoundary, type World, type WorldBoundary } from './world';

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 470;

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Projects the countries' topology (scripts/build-world.ts) to fit the map's view box. */
export function projectWorld(topology: CountryTopology): World {
  const collection = feature(topology, topology.objects.countries);
  // Antarctica holds no customs administration and would take a fifth of the height: fit the rest of the world.
  let inhabited: Feature<Geometry, { name: string }>[] = collection.features.filter(
    (f) => f.properties.name !== 'Antarctica',
  );
  const lines: { between: [string, string]; line: LineString }[] = [];
  for (const boundary of DASHED_BOUNDARIES) {
    const redrawn = redrawAlongParallel(topology, boundary);
    inhabited = inhabited.map((f) =>
      f.id === boundary.south
        ? { ...f, geometry: redrawn.south }
        : f.id === boundary.north
          ? { ...f, geometry: redrawn.north }
          : f,
    );
    lines.push({ between: [boundary.south, boundary.north], line: redrawn.line });
  }
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WORLD_WIDTH - 4, WORLD_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: inhabited },
  );
  // Two decimals of a 960-unit-wide view box: a hundredth of a pixel at world zoom, a tenth when zoomed in tenfold.
  const path = geoPath(projection).digits(2);
  const shapes = inhabited
    .map((f: Feature<Geometry, { name: string }>) => ({
      id: typeof f.id === 'string' ? f.id : '',
      name: f.properties.name,
      path: relativePath(path(f) ?? ''),
      centroid: path.centroid(f) as [number, number],
      area: path.area(f),
      bounds: path.bounds(f) as [[number, number], [number, number]],
    }))
    .filter((s) => s.path !== '');
  const boundaries: WorldBoundary[] = lines.map(({ between, line }) => ({
    between,
    path: relativePath(path(line) ?? ''),
  }));
  return { width: WORLD_WIDTH, height: WORLD_HEIGHT, shapes, boundaries };
}

/**
 * Two territories redrawn along a parallel: their union (Natural Earth's shapes merged, their shared edges gone) cut
 * in two, the part south of the parallel to `south`, the rest to `north`, and the line where they now meet. Throws
 * if the union is not one ring crossed by the parallel exactly twice (coast and inland border), so a new Natural
 * Earth that draws the two otherwise fails the build instead of drawing a wrong map.
 */
export function redrawAlongParallel(
  topology: CountryTopology,
  { south, north, latitude }: Pick<DashedBoundary, 'south' | 'north' | 'latitude'>,
): { south: Polygon; north: Polygon; line: LineString } {
  const parts = topology.objects.countries.geometries.filter((g) => g.id === south || g.id === north);
  if (parts.length !== 2) throw new Error(`The map has no shapes for both ${south} and ${north}.`);
  const union: MultiPolygon = merge(topology, parts as Parameters<typeof merge>[1]);
  if (union.coordinates.length !== 1 || union.coordinates[0]!.length !== 1)
    throw new Error(`${south} and ${north} do not make one ring without holes.`);
  const ring = union.coordinates[0]![0]!;
  const crossings: number[] = [];
  const half = (keepSouth: boolean): Position[] => {
    const inside = (p: Position) => (keepSouth ? p[1]! <= latitude : p[1]! >= latitude);
    const out: Position[] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      if (inside(a)) out.push(a);
      if (inside(a) !== inside(b)) {
        const t = (latitude - a[1]!) / (b[1]! - a[1]!);
        const x = a[0]! + t * (b[0]! - a[0]!);
        out.push([x, latitude]);
        if (keepSouth) crossings.push(x);
      }
    }
    out.push(out[0]!);
    return densifyAlongParallel(out, latitude);
  };
  const southRing = half(true);
  const northRing = half(false);
  if (crossings.length !== 2)
    throw new Error(
      `The parallel ${latitude} crosses ${south} and ${north} ${crossings.length} times, not twice.`,
    );
  const [west, east] = crossings.sort((a, b) => a - b) as [number, number];
  return {
    south: { type: 'Polygon', coordinates: [southRing] },
    north: { type: 'Polygon', coordinates: [northRing] },
    line: {
      type: 'LineString',
      coordinates: densifyAlongParallel(
        [
          [west, latitude],
          [east, latitude],
        ],
        latitude,
      ),
    },
  };
}

/**
 * Points every quarter degree along each edge that follows the parallel, so that it is drawn along the parallel
 * (a straight line in Equal Earth) and not along the great circle d3-geo would draw between its ends.
 */
function densifyAlongParallel(points: readonly Position[], latitude: number): Position[] {
  const out: Position[] = [];
  points.forEach((p, i) => {
    const next = points[i + 1];
    out.push(p);
    if (!next || p[1] !== latitude || next[1] !== latitude) return;
    const steps = Math.floor(Math.abs(next[0]! - p[0]!) / 0.25);
    for (let k = 1; k < steps; k++) out.push([p[0]! + ((next[0]! - p[0]!) * k) / steps, latitude]);
  });
  return out;
}

/**
 * Rewrites an absolute SVG path of M, L and Z commands (what d3-geo writes) with relative moves and lines in
 * hundredths: the same points (each rounded to 0.01), in about half the characters. Consecutive points are mostly a
 * fraction of a unit apart, so "l0.03,-0.02" replaces "L509.36,111.52".
 * @example relativePath('M10,10L11.5,10L11.5,12Z') // → 'm10,10l1.5,0 0,2z'
 */
export function relativePath(d: string): string {
  let out = '';
  // Current point in hundredths (integers, so the deltas add up exactly).
  let x = 0;
  let y = 0;
  // Where the current subpath started: "z" goes back there, and a move after it is relative to it.
  let startX = 0;
  let startY = 0;
  let last = '';
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') {
      out += 'z';
      last = 'z';
      x = startX;
      y = startY;
      continue;
    }
    const numbers = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command !== 'M' && command !== 'L') throw new Error(`Unexpected path command ${command}`);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = Math.round(numbers[i]! * 100);
      const ny = Math.round(numbers[i + 1]! * 100);
      const op = command === 'M' && i === 0 ? 'm' : 'l';
      const pair = `${hundredths(nx - x)},${hundredths(ny - y)}`;
      out += op === last && op === 'l' ? ` ${pair}` : `${op}${pair}`;
      last = op;
      x = nx;
      y = ny;
      if (op === 'm') {
        startX = nx;
        startY = ny;
      }
    }
  }
  return out;
}

/** An integer number of hundredths as the shortest SVG number: 150 → "1.5", -3 → "-.03", 0 → "0". */
function hundredths(v: number): string {
  if (v === 0) return '0';
  const text = (Math.abs(v) / 100)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace(/^0\./, '.');
  return v < 0 ? `-${text}` : text;
}
