/**
 * The roles a place can have in a briefing, as the contract stores them (docs/data-format.md, "Places and their
 * roles"): the briefing's own places fill `countries` and `regions`; funders fill `funders`; every other role is a
 * `mentions` tag whose id is `role:ID`. The tagger decides roles (tagging/place-role-rules.ts); the page names them.
 */

/** The briefing's own places: counted in countries, regions, the map and every chart. */
export const OWN_ROLES = ['venue', 'participant', 'subject'] as const;
/** Places named in another role: kept with the role and evidence, counted nowhere. */
export const OTHER_ROLES = ['funder', 'expert', 'partner', 'route', 'language', 'seat', 'elsewhere'] as const;
export type OwnRole = (typeof OWN_ROLES)[number];
export type OtherRole = (typeof OTHER_ROLES)[number];
export type PlaceRole = OwnRole | OtherRole;

/** How each role of another place is said to a reader. */
export const OTHER_ROLE_NAMES: Record<OtherRole, string> = {
  funder: 'Funded by',
  expert: 'Experts from',
  partner: 'Partners named',
  route: 'Route of goods',
  language: 'Language',
  seat: 'Seat of an organisation',
  elsewhere: 'Another event',
};

/**
 * The role and place of a `mentions` tag id; null for an id that is not `role:ID` with a known role.
 * @example parseMentionId('expert:CAN') // → { role: 'expert', id: 'CAN' }
 */
export function parseMentionId(mentionId: string): { role: OtherRole; id: string } | null {
  const colon = mentionId.indexOf(':');
  if (colon <= 0) return null;
  const role = mentionId.slice(0, colon) as OtherRole;
  return (OTHER_ROLES as readonly string[]).includes(role) ? { role, id: mentionId.slice(colon + 1) } : null;
}
