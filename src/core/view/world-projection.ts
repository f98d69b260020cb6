/**
 * Projects the world map (Equal Earth, an equal-area projection) from Natural Earth's 1:50m countries, at build time
 * only: scripts/build-world.ts writes the result to public/data/world.json, so the page neither ships a projection
 * library nor spends its time projecting ~240 countries while a large corpus loads. The page reads it with
 * `readWorld` (world.ts).
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { World } from './world';

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 470;

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Projects the countries' topology (scripts/build-world.ts) to fit the map's view box. */
export function projectWorld(topology: CountryTopology): World {
  const collection = feature(topology, topology.objects.countries);
  // Antarctica holds no customs administration and would take a fifth of the height: fit the rest of the world.
  const inhabited = collection.features.filter((f) => f.properties.name !== 'Antarctica');
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
  return { width: WORLD_WIDTH, height: WORLD_HEIGHT, shapes };
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
