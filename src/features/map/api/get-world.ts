import { queryOptions } from '@tanstack/react-query';
import { readWorld, type World } from '@/core/view';
import { dataFileUrl, loadDataFile } from '@/lib/load-data';

export type { World, WorldShape } from '@/core/view';

async function getWorld(): Promise<World> {
  const response = await loadDataFile(dataFileUrl('world.json'));
  if (!response.ok) throw new Error(`The world map could not be loaded (HTTP ${response.status}).`);
  // Projected at build time (scripts/build-world.ts).
  return readWorld(await response.json());
}

/** The map's geometry: static, fetched once from our own origin and kept. */
export const worldQueryOptions = () =>
  queryOptions({ queryKey: ['world-map'], queryFn: getWorld, staleTime: Infinity, gcTime: Infinity });
