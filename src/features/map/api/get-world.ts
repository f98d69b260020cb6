import { queryOptions } from '@tanstack/react-query';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataFileUrl, loadDataFile } from '@/lib/load-data';

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

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 470;

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Projects the build-time topology (public/data/world.json) with Equal Earth, an equal-area projection. */
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
  const path = geoPath(projection);
  const shapes = inhabited
    .map((f: Feature<Geometry, { name: string }>) => ({
      id: typeof f.id === 'string' ? f.id : '',
      name: f.properties.name,
      path: path(f) ?? '',
      centroid: path.centroid(f) as [number, number],
      area: path.area(f),
      bounds: path.bounds(f) as [[number, number], [number, number]],
    }))
    .filter((s) => s.path !== '');
  return { width: WORLD_WIDTH, height: WORLD_HEIGHT, shapes };
}

async function getWorld(): Promise<World> {
  const response = await loadDataFile(dataFileUrl('world.json'));
  if (!response.ok) throw new Error(`The world map could not be loaded (HTTP ${response.status}).`);
  return projectWorld((await response.json()) as CountryTopology);
}

/** The map's geometry: static, fetched once from our own origin and kept. */
export const worldQueryOptions = () =>
  queryOptions({ queryKey: ['world-map'], queryFn: getWorld, staleTime: Infinity, gcTime: Infinity });
