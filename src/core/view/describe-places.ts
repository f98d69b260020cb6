/**
 * A briefing's places as a reader wants them: its own places (where it happened, who took part, what it is about),
 * then who funded it and every other place it names, each under its role ("Experts from: Canada", "Route of goods:
 * West Africa"). And the reasons for a derived tag in words, not ids ("through Albania, Kosovo").
 */
import {
  OTHER_ROLES,
  OTHER_ROLE_NAMES,
  TAG_KINDS,
  parseMentionId,
  type Briefing,
  type OtherRole,
  type Tag,
  type TagKind,
} from '../corpus';

export interface PlaceGroup {
  /** 'own' for the briefing's own places, else the role. */
  role: 'own' | OtherRole;
  /** What the group is called to a reader. */
  name: string;
  /** The tags in the group, with the kind they are stored under. */
  tags: { kind: TagKind; tag: Tag }[];
}

/**
 * The places of a briefing grouped by role, own places first; empty groups left out.
 * @example groupPlaces(b).map((g) => g.name) // → ['Its places', 'Funded by', 'Experts from']
 */
export function groupPlaces(b: Briefing): PlaceGroup[] {
  const groups: PlaceGroup[] = [];
  const own =
    b.countries.length > 0
      ? b.countries.map((tag) => ({ kind: 'countries' as const, tag }))
      : b.regions.filter((r) => r.evidence.length > 0).map((tag) => ({ kind: 'regions' as const, tag }));
  if (own.length > 0) groups.push({ role: 'own', name: 'Where, and who took part', tags: own });
  const byRole = new Map<OtherRole, { kind: TagKind; tag: Tag }[]>();
  for (const tag of b.funders)
    byRole.set('funder', [...(byRole.get('funder') ?? []), { kind: 'funders', tag }]);
  for (const tag of b.mentions) {
    const parsed = parseMentionId(tag.id);
    if (parsed) byRole.set(parsed.role, [...(byRole.get(parsed.role) ?? []), { kind: 'mentions', tag }]);
  }
  for (const role of OTHER_ROLES) {
    const tags = byRole.get(role);
    if (tags) groups.push({ role, name: OTHER_ROLE_NAMES[role], tags });
  }
  return groups;
}

/**
 * What a derived tag was reached through, as names: country and entity ids become their labels.
 * @example explainVia(b, b.regions[0]) // → ['Albania', 'Kosovo']
 */
export function explainVia(b: Briefing, tag: Tag): string[] {
  if (!tag.via || tag.via.length === 0) return [];
  const labels = new Map<string, string>();
  for (const kind of TAG_KINDS) for (const t of b[kind]) if (!labels.has(t.id)) labels.set(t.id, t.label);
  return tag.via.map((id) => labels.get(id) ?? id);
}

/** How a tag is named where its words are marked: "Country: Kenya", "Experts from: Canada". */
export function tagName(kind: TagKind, tag: Tag, one: string): string {
  if (kind === 'mentions') {
    const parsed = parseMentionId(tag.id);
    if (parsed) return `${OTHER_ROLE_NAMES[parsed.role]}: ${tag.label}`;
  }
  return `${one}: ${tag.label}`;
}
