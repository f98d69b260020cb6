/**
 * The WCO region table, once for the whole project: the six regions' ids, labels and order, Global, and which region
 * each country belongs to (by WCO membership, not UN geography). The contract, the tagger, the facets, the charts
 * and the map all read it; nothing else lists the regions.
 *
 * Source: shared/reference/wco-domain.md §1 and its companion `wco-regions.json` (copied to `data/`), which lists
 * the 186 members by region (sources S1, S3–S8) and a default region for non-members and territories (§1.5, the
 * M49-based fallback, `m49_proposal.non_member_defaults`). Ids are the WCO's own abbreviations (§1.1, source S16).
 */
import regionData from './data/wco-regions.json' with { type: 'json' };

/** The regions in the WCO's usual order, then Global (a briefing about no one region: worldwide scope). */
export const REGIONS = [
  { id: 'EUR', label: 'Europe' },
  { id: 'AP', label: 'Asia/Pacific' },
  { id: 'ESA', label: 'East and Southern Africa' },
  { id: 'WCA', label: 'West and Central Africa' },
  { id: 'AMS', label: 'Americas and Caribbean' },
  { id: 'MENA', label: 'North of Africa, Near and Middle East' },
  { id: 'GLOBAL', label: 'Global' },
] as const;

export type RegionDef = (typeof REGIONS)[number];
export type RegionId = RegionDef['id'];
export type RegionLabel = RegionDef['label'];
export type WcoRegionId = Exclude<RegionId, 'GLOBAL'>;
export type WcoRegion = Exclude<RegionLabel, 'Global'>;

export const GLOBAL_REGION_ID = 'GLOBAL' as const;
export const GLOBAL_REGION = 'Global' as const;

/** The six WCO regions' labels in order (reference §1.1), Global excluded. */
export const WCO_REGIONS: readonly WcoRegion[] = REGIONS.filter(
  (r): r is Extract<RegionDef, { label: WcoRegion }> => r.id !== GLOBAL_REGION_ID,
).map((r) => r.label);

/** Every region label in order, Global last. */
export const REGION_LABELS: readonly RegionLabel[] = REGIONS.map((r) => r.label);

const BY_ID = new Map<string, RegionDef>(REGIONS.map((r) => [r.id, r]));
const BY_LABEL = new Map<string, RegionDef>(REGIONS.map((r) => [r.label, r]));

/**
 * The region of an id or a label, or undefined for anything that is not one of the seven.
 * @example findRegion('AP')?.label // → 'Asia/Pacific'
 */
export function findRegion(idOrLabel: string): RegionDef | undefined {
  return BY_ID.get(idOrLabel) ?? BY_LABEL.get(idOrLabel);
}

/**
 * The label of a region id.
 * @example getRegionLabel('AP') // → 'Asia/Pacific'
 */
export function getRegionLabel(id: RegionId): RegionLabel {
  return BY_ID.get(id)?.label ?? GLOBAL_REGION;
}

/** True for the Global region, by id or label (an imported file may carry either). */
export function isGlobalRegion(id: string, label: string): boolean {
  return label === GLOBAL_REGION || id.toUpperCase() === GLOBAL_REGION_ID;
}

/**
 * Where a region sorts in every list, chart and map legend: the table's order, then any region the table does not
 * know (an imported file's own), then Global last.
 * @example regionOrder('EUR', 'Europe') < regionOrder('GLOBAL', 'Global') // → true
 */
export function regionOrder(id: string, label: string): number {
  if (isGlobalRegion(id, label)) return REGIONS.length + 1;
  const def = findRegion(id) ?? findRegion(label);
  return def ? REGIONS.indexOf(def) : REGIONS.length;
}

const REGION_OF_COUNTRY: ReadonlyMap<string, WcoRegionId> = (() => {
  const map = new Map<string, WcoRegionId>();
  const idOf = (label: string) => {
    const def = BY_LABEL.get(label);
    return def && def.id !== GLOBAL_REGION_ID ? def.id : undefined;
  };
  // Defaults for non-members and territories first (§1.5), so that membership (§1.2) overrides them.
  for (const [alpha3, label] of Object.entries(regionData.m49_proposal.non_member_defaults)) {
    const id = idOf(label);
    if (id) map.set(alpha3, id);
  }
  for (const [label, members] of Object.entries(regionData.regions)) {
    const id = idOf(label);
    if (id) for (const alpha3 of members) map.set(alpha3, id);
  }
  return map;
})();

/**
 * The WCO region of a country (ISO alpha-3): its membership region, else the reference's default for
 * non-members and territories; undefined for places with no region (Antarctica).
 * @example findRegionOfCountry('ISR') // → 'EUR' (WCO membership, not UN geography)
 */
export function findRegionOfCountry(alpha3: string): WcoRegionId | undefined {
  return REGION_OF_COUNTRY.get(alpha3);
}

/** The members listed for each region label in the reference (§1.2), for tests and documentation. */
export const REGION_MEMBERS: Readonly<Record<string, readonly string[]>> = regionData.regions;
