/**
 * Shapes the world map at build time: Natural Earth's 1:50m countries (world-atlas), with each country keyed by
 * its ISO 3166-1 alpha-3 code (the tagger's country ids) and its name, projected (src/core/view/world-projection.ts) and
 * written to public/data/world.json as ready SVG paths. Nothing is fetched from another origin at run time.
 */
import { createRequire } from 'node:module';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { World } from '../src/core/view';
import { projectWorld } from '../src/core/view';

const require = createRequire(import.meta.url);

interface CountryProps {
  name: string;
}

/** Natural Earth geometries with no ISO numeric code that still have an alpha-3 id we use. */
const NAMED_IDS: Record<string, string> = {
  // Kosovo has no ISO numeric code; the WCO reference lists it as XKX (shared/reference/wco-domain.md §1.4).
  Kosovo: 'XKX',
};

export function buildWorldTopology(): Topology<{ countries: GeometryCollection<CountryProps> }> {
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<CountryProps>;
    land: GeometryCollection;
  }>;
  const countries = require('world-countries') as { ccn3: string; cca3: string; name: { common: string } }[];
  const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
  const geometries = topology.objects.countries.geometries.map((g) => {
    const known = g.id === undefined ? undefined : byNumeric.get(String(g.id));
    const name = (g.properties as CountryProps | undefined)?.name ?? '';
    const id = known?.cca3 ?? NAMED_IDS[name];
    // Areas with no code of their own (Somaliland, N. Cyprus, Siachen Glacier…) stay on the map as land with no id.
    return { ...g, id, properties: { name: known?.name.common ?? name } };
  });
  return {
    type: 'Topology',
    bbox: topology.bbox,
    transform: topology.transform,
    arcs: topology.arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  } as Topology<{ countries: GeometryCollection<CountryProps> }>;
}

/** The map as the app draws it: the topology above, projected. */
export function buildWorld(): World {
  return projectWorld(buildWorldTopology());
}
