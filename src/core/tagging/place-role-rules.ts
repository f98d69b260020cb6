/**
 * What a place does in its sentence, as data: the words around a place mention that say whether it is where the
 * briefing happened or who took part (the briefing's own places, which every count uses), or something else — who
 * paid, where the experts came from, a partner's home, a route of goods, a language, an organisation's seat.
 *
 * Read with place-roles.ts. A cue *before* a place applies to it and to the places listed after it ("financed by
 * China, the United Kingdom and Japan"); the nearest cue wins, so "funded by Japan, held in Lusaka" gives Lusaka its
 * venue. A cue *after* a place reads its own words ("Japanese-funded", "Mexican Customs shared its experience").
 * Phrases are regular-expression fragments, matched case-insensitively on whole words.
 */

import type { PlaceRole } from '../corpus';

const SPACE = '[\\s\\u00a0]+';

/** Cues before a place, by role. Multi-word cues first within a role is not needed: the longest match wins. */
export const CUES_BEFORE: readonly (readonly [role: PlaceRole, phrases: readonly string[]])[] = [
  [
    'funder',
    [
      'funded by',
      'co-funded by',
      'financed by',
      'co-financed by',
      'financially supported by',
      'financially backed by',
      'backed by',
      'sponsored by',
      'sponsorship (?:from|of|by)',
      'supported by',
      'support (?:of|from)',
      'funding (?:of|from|by|came from|provided by)',
      'financing (?:of|from|by)',
      'financial (?:support|assistance|contribution) (?:of|from|by)',
      'grant (?:of|from)',
      'contributions? (?:of|from|by)',
      'donation (?:of|from)',
      'donated by',
      'paid for by',
      'thanks to',
      'thanks to the (?:generous )?(?:support|funding|contribution) of',
      'generosity of',
      'generous support of',
      'backing (?:of|from)',
      'auspices of',
      'donors?(?: such as| including)?',
      'customs co-?operation fund(?: \\(ccf\\))?(?: of| -| –| —|/| from)?',
      'ccf(?:/| -| –|-| )',
    ],
  ],
  [
    'expert',
    [
      'experts? (?:from|of)',
      '(?:trainers?|facilitators?|instructors?|specialists?|advisers?|advisors?|mentors?|lecturers?|speakers?|resource persons?) (?:from|of)',
      '(?:experts?|trainers?|facilitators?|instructors?|specialists?) (?:came|come|were|was|are|is) (?:from|of)',
      'drawing (?:on|from)',
      '(?:best|good) practices? (?:in|of|from)',
      'experiences? (?:in|of|from)',
      'learn(?:ed|t|ing)? from',
      'study (?:visit|tour|mission) to',
      '(?:co-)?facilitated by',
      '(?:co-)?delivered by',
      'led by experts (?:from|of)',
      'with (?:the )?(?:technical )?(?:input|expertise|assistance) (?:of|from)',
      'experiences? (?:of|from)',
      'technical support (?:of|from)',
    ],
  ],
  [
    'partner',
    [
      'in partnership with',
      'in (?:close )?co-?operation with',
      'in collaboration with',
      '(?:the )?co-?operation (?:of|between)',
      'jointly with',
      'together with',
      'partners? (?:from|of)',
      'thank(?:ed|s|ing)?',
      'expressed (?:its|their|his|her) (?:gratitude|appreciation|thanks) to',
    ],
  ],
  [
    'route',
    [
      '(?:move|moves|moved|moving|shipped|smuggled|trafficked|transported|exported|imported|sent|moved|diverted|carried|destined|bound|headed|heading|originating|originated|coming|arriving|departing|flowing|routed|concealed|declared) (?:from|to|into|through|in|for|via)',
      'en route (?:from|to)',
      'via',
      'transit(?:ing|ed)? (?:through|via|in)',
      'routes? (?:from|to|through|via)',
      'source countr(?:y|ies)(?: such as| including)?',
      'countries of origin(?: such as| including)?',
      'borders? with',
    ],
  ],
  ['seat', ['headquarters? (?:in|at)', 'headquartered in', 'seat in', 'hq in']],
  [
    'elsewhere',
    [
      'had (?:been )?(?:held|organi[sz]ed|conducted|delivered) (?:in|at)',
      'had taken place in',
      'previous(?:ly)? (?:held )?in',
      '(?:followed|after) (?:a|an|the|its) (?:[a-z-]+ ){0,4}(?:training|workshop|meeting|mission|seminar|course|event|session)s? (?:in|at)',
      "(?:summit|leaders' meeting) (?:held )?in",
    ],
  ],
  [
    'venue',
    [
      'in',
      'at',
      'held in',
      'took place in',
      'taking place in',
      'hosted (?:by|in)',
      'organi[sz]ed in',
      'convened in',
      'visits? to',
      'missions? to',
      'trip to',
      'deployed to',
    ],
  ],
  [
    'participant',
    [
      '(?:officials?|officers?|delegates?|delegations?|participants?|representatives?|administrations?|members?|staff|managers?|heads?|directors?(?: general)?|commissioners?|customs) (?:of|from)',
      'attended by',
      'participation of',
      'brought together',
      'bringing together',
      'for',
      'benefit(?:ed|ing|s)? (?:of|from)?',
      'beneficiar(?:y|ies)',
      'such as',
      'including',
      'namely',
    ],
  ],
];

/**
 * Cues after a place, by role: the place names who did it. Tried on the words right after the name, with an
 * agency's name allowed in between ("Korea Customs Service sponsored", "the Canada Border Services Agency's experts").
 */
const AGENCY = `(?:${SPACE}(?:customs|border|services?|agency|agencies|co-?operation|development|international|\\([A-Z]{2,6}\\)|revenue|authority|authorities|administrations?|government|ministry|and|excise|protection|tax|federal|foreign|office|department|of|state|'s|’s))*`;
const AUXILIARY = `(?:${SPACE}(?:is|was|has|have|had|are|were|been|being|generously|kindly|also|jointly|fully|partly))*`;
export const CUES_AFTER: readonly (readonly [role: PlaceRole, pattern: string])[] = [
  [
    'funder',
    `^(?:'s|’s)${SPACE}(?:generous${SPACE}|financial${SPACE}|continued${SPACE})?(?:support|funding|contribution|grant)`,
  ],
  [
    'funder',
    `^(?:'s|’s)?${AGENCY}${AUXILIARY}(?:\\s*[-‐–]\\s*|${SPACE})(?:funded|financed|sponsored|co-funded|customs co-?operation fund|ccf\\b|fund\\b|donor|grant|funding|financing|sponsoring|sponsorship|supports? financially|finances|funds)(?!${SPACE}by\\b)`,
  ],
  [
    'funder',
    `^,?${SPACE}(?:the${SPACE})?(?:[\\p{L}-]+(?:'s|’s)${SPACE})?(?:main${SPACE}|principal${SPACE})?(?:donor|sponsor|funder)s?\\b`,
  ],
  ['partner', `^(?:'s|’s)${SPACE}(?:Ambassador|Embassy|Ministry of Foreign Affairs|Consul)`],
  [
    'expert',
    `^(?:'s|’s)?${AGENCY}${SPACE}(?:experts?|trainers?|facilitators?|instructors?|specialists?|advisers?|officials? (?:shared|presented)|officers? (?:co-)?facilitated|(?:co-)?facilitated|shared${SPACE}(?:its|their|good|best|practices?|experiences?|knowledge|expertise)|presented (?:its|their)|provided (?:its|their) (?:experience|expertise))`,
  ],
  [
    'expert',
    `^(?:'s|’s)${SPACE}(?:experience|expertise|know-how|good${SPACE}practices?|best${SPACE}practices?|practices?|approach|model)\\b`,
  ],
  [
    'language',
    `^(?:\\s*[-‐–]\\s*|${SPACE})(?:speaking|speakers?|language|version|translation|interpretation|-language)`,
  ],
  ['seat', `^\\s*[-‐–]\\s*based\\b`],
];

/** Language names that are also demonyms ("French"); a language after "in"/"into" is a language, not a country. */
export const LANGUAGE_WORDS: ReadonlySet<string> = new Set([
  'french',
  'spanish',
  'portuguese',
  'english',
  'russian',
  'chinese',
  'arabic',
  'german',
  'italian',
  'japanese',
  'korean',
]);
export const LANGUAGE_CUE_BEFORE = /(?:^|\W)(?:in|into|and|or|to|from)\s*$/i;

/** Words a place may be followed by that make it part of a name, not a place: "the Nairobi Convention". */
export const NAME_TAILS =
  /^[\s-]*(?:Convention|Protocol|Declaration|Agreement|Resolution|Accord|Round|Process|Principles|Framework|Club|Group|Plan of Action|Action Plan|Compact|Conference Declaration|(?:Customs\s+)?(?:University|College|Institute|Academy|School))\b/;

/** "a workshop for expert trainers from Ghana": experts named after "for" are the ones being trained. */
export const TRAINED_EXPERTS = /\bfor\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** The most words (besides other names) that may stand between a cue and the place it applies to. */
export const MAX_CUE_GAP_WORDS = 5;

/**
 * The WCO's own city: a meeting "held in Brussels" is at the WCO's headquarters, the seat of the organisation that
 * publishes the briefings, not an activity in Belgium (Belgium itself taking part is said otherwise).
 */
export const PUBLISHER_SEATS: ReadonlySet<string> = new Set(['brussels']);

/** "US dollars", "US$": a currency, not the country. */
export const CURRENCY_TAIL = /^\s*(?:\$|dollars?\b)/i;

/**
 * Worldwide scope, said in words: a session of the Council or the Policy Commission, all Members, a worldwide or
 * global operation or conference. Such a briefing is Global: it counts under Global, not under the region of the
 * city it was held in (docs/data-format.md, "Regions").
 */
export const GLOBAL_SCOPE_CUES: readonly RegExp[] = [
  /\bCouncil[\s-]+Sessions?\b/g,
  /\bsessions?\s+of\s+the\s+(?:WCO\s+)?Council\b/g,
  /\bsessions?\s+of\s+the\s+(?:WCO\s+)?Policy\s+Commission\b/gi,
  /\bPolicy\s+Commission\s+(?:sessions?|meetings?)\b/gi,
  // "the third worldwide after Benin" ranks, it does not span the world.
  // (The look-behind comes after the word, so that it is checked only where "worldwide" is.)
  /\bworld[\s-]?wide\b(?<!(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))\sworld[\s-]?wide)/gi,
  /\b(?:around|across|throughout)\s+the\s+(?:world|globe)\b/gi,
  /\ball\s+(?:of\s+(?:its|the)\s+)?(?:WCO\s+)?Members\b/g,
  /\b(?:all|every)\s+(?:six\s+|6\s+)?(?:WCO\s+)?regions\b/gi,
  /\b[Gg]lobal(?:\s+[A-Z][A-Za-z-]*){0,3}\s+(?:[Oo]peration|[Cc]onference|[Ff]orum|[Ss]ummit|[Cc]ampaign|[Ee]vent)s?\b/g,
  /\b(?:global|international|worldwide|multi-?regional)\s+(?:enforcement\s+|customs\s+|joint\s+)?operations?\b/gi,
];

/**
 * Words that every cue above contains, one set for the cues that ignore case and one for those that do not: a text
 * with none of them is not read for the cues at all (a plain alternation of words is found several times faster
 * than the cues' word boundaries). A new cue must contain one of its set's words (a unit test holds this).
 */
export const GLOBAL_SCOPE_WORDS = {
  // Not "world" nor "the world": every briefing has them ("the World Customs Organization").
  ignoringCase: /commission|world[\s-]?wide|(?:around|across|throughout)\s+the|regions|\soperation/i,
  withCase: /Council|Members|lobal/,
} as const;

/** "75 Customs administrations", "participants from 40 countries": many administrations, unless a region bounds them. */
export const MANY_ADMINISTRATIONS =
  /\b(\d{2,3})\s+(?:WCO\s+)?(?:Customs\s+|Member\s+|national\s+|partner\s+)?(?:administrations|countries|Members|nations|jurisdictions|economies|agencies)\b/gi;
/** The fewest administrations that make an activity worldwide when no region bounds it. */
export const MIN_ADMINISTRATIONS_WORLDWIDE = 10;
/** Briefings whose own places span at least this many WCO regions (two countries each) are worldwide. */
export const MIN_REGIONS_WORLDWIDE = 3;
/** Words that bound a count of administrations to a region ("20 administrations of the WCA region"). */
export const REGIONAL_BOUND = /\b(?:region|regional|sub-?regional|regions?'s?)\b/i;
