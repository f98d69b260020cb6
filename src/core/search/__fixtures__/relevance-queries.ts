/**
 * The relevance suite: what an analyst types over the seed corpus, and the briefings (by title) that must come
 * back. `relevant` is the complete set of briefings the query is about; all must be in the top K (K = its size
 * unless `k` says otherwise). `never` must not be returned at all. An empty `relevant` means no result is right.
 */
export interface RelevanceCase {
  query: string;
  /** What the query exercises, for the report. */
  kind: 'compound' | 'acronym' | 'typo' | 'prefix' | 'phrase' | 'exclusion' | 'words' | 'name' | 'syntax';
  relevant: string[];
  never?: string[];
  k?: number;
}

export const T = {
  plastic: 'Asiapacific Nations Crack Down on Illegal Plastic Waste Trade',
  supply: 'WCO Warns of Supply Chain Risks at ADBI Conference',
  oie: 'WCO and OIE Partner to Boost Crossborder Trade Safety',
  crises: 'Global Leaders Urge Cooperation to Address Crises',
  eco: 'WCO Releases Guide to Curb Illegal Trade in Ecosensitive Goods',
  kosovo: 'WCO Boosts Trade Control Enforcement in Albania Kosovo',
  bosnia: 'WCO Aids Bosnia in Ecommerce Customs Reform',
  disaster: 'WCO Speeds Up Disaster Aid After Earthquakes Floods',
  mea: 'Asiapacific Customs Boost Environmental Pact Enforcement',
  tech: 'WCO Adopts Disruptive Tech to Modernize Global Trade',
} as const;

const ALL = Object.values(T);
const allBut = (...titles: string[]) => ALL.filter((t) => !titles.includes(t));

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Hyphenated, joined and spaced compounds meet each other, in both directions.
  { query: 'e-commerce', kind: 'compound', relevant: [T.bosnia, T.supply] },
  { query: 'ecommerce', kind: 'compound', relevant: [T.bosnia, T.supply] },
  { query: 'E-Commerce', kind: 'compound', relevant: [T.bosnia, T.supply] },
  { query: 'crossborder', kind: 'compound', relevant: [T.oie, T.bosnia, T.disaster] },
  { query: 'cross-border', kind: 'compound', relevant: [T.oie, T.bosnia, T.disaster] },
  { query: 'cross border', kind: 'compound', relevant: [T.oie, T.bosnia, T.disaster] },
  { query: 'Asia Pacific', kind: 'compound', relevant: [T.plastic, T.mea] },
  { query: 'Asia-Pacific', kind: 'compound', relevant: [T.plastic, T.mea] },
  { query: 'asiapacific', kind: 'compound', relevant: [T.plastic, T.mea] },
  // The tagger's alias group makes "environmentally sensitive" (T.mea's summary) the same thing.
  { query: 'eco-sensitive', kind: 'compound', relevant: [T.eco, T.mea] },
  { query: 'ecosensitive', kind: 'compound', relevant: [T.eco, T.mea] },
  { query: 'dualuse', kind: 'compound', relevant: [T.kosovo] },
  { query: 'E\u2011Commerce workshop', kind: 'compound', relevant: [T.bosnia], never: [T.supply] },
  // Acronyms and old names, from the tagger's alias groups.
  { query: 'OIE', kind: 'acronym', relevant: [T.oie] },
  { query: 'WOAH', kind: 'acronym', relevant: [T.oie] },
  { query: 'World Organisation for Animal Health', kind: 'acronym', relevant: [T.oie] },
  { query: 'BiH', kind: 'acronym', relevant: [T.bosnia] },
  { query: 'Bosnia and Herzegovina', kind: 'acronym', relevant: [T.bosnia] },
  { query: 'MEA', kind: 'acronym', relevant: [T.mea] },
  { query: 'multilateral environmental agreements', kind: 'acronym', relevant: [T.mea] },
  { query: 'AI', kind: 'acronym', relevant: [T.tech] },
  { query: 'artificial intelligence', kind: 'acronym', relevant: [T.tech] },
  // No briefing of the seed is about the Harmonized System: nothing must come back, not "has"/"his" noise.
  { query: 'HS', kind: 'acronym', relevant: [] },
  // Typos on longer words.
  { query: 'plastik', kind: 'typo', relevant: [T.plastic] },
  { query: 'ecommmerce', kind: 'typo', relevant: [T.bosnia, T.supply] },
  { query: 'disater', kind: 'typo', relevant: [T.disaster] },
  { query: 'artifical inteligence', kind: 'typo', relevant: [T.tech] },
  // Prefixes of the word being typed.
  { query: 'kos', kind: 'prefix', relevant: [T.kosovo] },
  { query: 'strat', kind: 'prefix', relevant: [T.kosovo] },
  { query: 'herz', kind: 'prefix', relevant: [T.bosnia] },
  { query: 'environment', kind: 'prefix', relevant: [T.eco, T.mea] },
  // Phrases.
  { query: '"plastic waste"', kind: 'phrase', relevant: [T.plastic] },
  { query: '\u201Cplastic waste\u201D', kind: 'phrase', relevant: [T.plastic] },
  { query: '"waste plastic"', kind: 'phrase', relevant: [] },
  { query: '"supply chain resilience"', kind: 'phrase', relevant: [T.supply] },
  // Exclusions.
  { query: 'customs -pandemic', kind: 'exclusion', relevant: allBut(T.crises), never: [T.crises] },
  { query: '-pandemic', kind: 'exclusion', relevant: allBut(T.crises), never: [T.crises] },
  {
    query: 'environmental -waste',
    kind: 'exclusion',
    relevant: [T.mea, T.supply],
    never: [T.eco, T.plastic],
  },
  {
    query: 'trade -"plastic waste"',
    kind: 'exclusion',
    // Tag labels count: "Trade facilitation and procedures" makes T.bosnia and T.disaster trade briefings too.
    relevant: allBut(T.plastic, T.supply),
    never: [T.plastic],
  },
  // Several words mean all of them.
  { query: 'illegal trade', kind: 'words', relevant: [T.plastic, T.eco] },
  { query: 'plastic waste', kind: 'words', relevant: [T.plastic], never: [T.eco] },
  { query: 'earthquake Morocco', kind: 'words', relevant: [T.disaster] },
  { query: 'secretary general', kind: 'words', relevant: [T.supply, T.crises] },
  { query: 'Basel Convention', kind: 'words', relevant: [T.plastic, T.eco] },
  { query: 'customs enforcement', kind: 'words', relevant: [T.kosovo, T.mea] },
  // Names, demonyms, accents.
  { query: 'Albanian', kind: 'name', relevant: [T.kosovo] },
  { query: 'Kosovo', kind: 'name', relevant: [T.kosovo] },
  { query: 'Kosóvo', kind: 'name', relevant: [T.kosovo] },
  { query: 'Kosovar', kind: 'name', relevant: [T.kosovo] },
  { query: 'Mikuriya', kind: 'name', relevant: [T.crises] },
  { query: 'blockchain', kind: 'name', relevant: [T.tech] },
  // Broken syntax falls back to plain words.
  { query: '"plastic waste', kind: 'syntax', relevant: [T.plastic] },
  { query: 'disaster --', kind: 'syntax', relevant: [T.disaster] },
  { query: '- pandemic', kind: 'syntax', relevant: [T.crises] },
];
