/**
 * The relevance suite: what an analyst types over the seed corpus, and the briefings (by title) that must come
 * back. `relevant` is the complete set of briefings the query is about; all must be in the top K (K = its size
 * unless `k` says otherwise). `never` must not be returned at all. An empty `relevant` means no result is right.
 */
export interface RelevanceCase {
  query: string;
  /** What the query exercises, for the report. */
  kind:
    | 'compound'
    | 'acronym'
    | 'typo'
    | 'prefix'
    | 'phrase'
    | 'exclusion'
    | 'words'
    | 'name'
    | 'syntax'
    | 'form'
    | 'missing';
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

/** Titles of real WCO briefings in the development set (`loadWcoCorpus`). */
export const W = {
  raids: '$460 million, 300 weapons seized in global raids: Interpol',
  demeter:
    'Operation Demeter X sheds light on the extent and trends of the trafficking of wastes and ozone depleting substances',
  medicines: 'Record seizure of illicit medicines in Africa',
  crime:
    'Organized Crime Hit Hard By Joint WCOINTERPOL Global Enforcement Operation Across 109 Countries Resulting In 1,828 Seizures',
  intercept:
    'Customs officers intercept illicit drugs, weapons, ivory, currency and cigarettes during a global enforcement operation',
  pitch:
    'First Training On The Prevention Of Illicit Trafficking Of Cultural Heritage (PITCH) Deployed In West And Central Africa',
  cargo: 'WCO Regional Workshop on Risk Assessment and Selectivity with Advance Cargo Information',
  moldova:
    'WCO successfully conducts a Virtual National Workshop on Post-Clearance Audit (PCA) for the Republic of Moldova',
  pacific:
    'The WCO strengthens Risk Management, Post Clearance Audit, HS Classification, and Customs Valuation Capacities of Customs in the Pacific Islands',
  mexico:
    'Study Mission On Risk Management And Postclearance Audit Between The General Administration Of Customs Of Mexico Aga And The Direction Of Taxes And National Customs Of Colombia Dian',
  tunisLab: 'WCO conducts a scoping mission on Customs laboratories for the Tunisian Customs',
  albaniaLab:
    'WCO supports the Customs Laboratory of Albania in building its capacity for analysing mineral oils',
  mongoliaLab: 'Wco Supports Mongolias Modernization Of Its Customs Laboratory',
  peruLab:
    'Regional Trainthetrainers Workshop For The Americas And Caribbean Ams Spanishspeaking Customs Laboratory Chemists In Peru',
  burkina: 'The WCO Continues Its Work With Burkina Faso Customs To Establish An Advance Rulings Mechanism',
  sriLanka: 'WCO workshop on Rules of Origin and Advance Ruling for Sri Lanka Customs',
  ethiopia:
    'WCO supports the Ethiopian Revenue and Customs Authority (ERCA) in completing a Risk Management Diagnostic',
  coteDiagnostic: 'WCO Diagnostic Mission To Cote dIvoire',
  coteAeo: "Successful AEO Diagnostic mission to Côte d'Ivoire",
  valuationPool:
    'Successful Completion Of The Second Step Towards Development Of A Pool Of Customs Valuation Trainers In Southern Africa',
  hsArabic: 'Accreditation Workshop For Arabicspeaking Expert Trainers In The Harmonized System',
  hsMena: 'HS Expert Trainer Preaccreditation Workshop Held For The MENA Region',
  esaAdvisors: 'WCO Accreditation workshop for Customs Modernization Advisors in the WCO ESA region',
} as const;

/**
 * Queries written the way analysts phrase things about real WCO news (word forms, prefixes written joined, split or
 * hyphenated, natural phrases, a word no briefing pairs with the others), over the seed and the development set:
 * every `relevant` briefing must be in the top 10.
 */
export const WCO_RELEVANCE_CASES: RelevanceCase[] = [
  // Word forms: one form finds the others (and exact forms are not lost among them).
  { query: 'smugglers', kind: 'form', relevant: [W.raids, W.intercept], k: 10 },
  { query: 'smuggled goods', kind: 'missing', relevant: [W.intercept], k: 10 },
  { query: 'seized', kind: 'form', relevant: [W.raids, W.medicines, W.crime, W.intercept, W.demeter], k: 10 },
  { query: 'seizures of medicines', kind: 'form', relevant: [W.medicines], k: 10 },
  { query: 'traffickers', kind: 'form', relevant: [W.pitch, W.demeter, W.raids, W.intercept], k: 10 },
  { query: 'counterfeiting', kind: 'form', relevant: [W.medicines], k: 10 },
  {
    query: 'laboratories',
    kind: 'form',
    relevant: [W.tunisLab, W.albaniaLab, W.mongoliaLab, W.peruLab],
    k: 10,
  },
  { query: 'diagnostics', kind: 'form', relevant: [W.ethiopia, W.coteDiagnostic, W.coteAeo], k: 10 },
  { query: 'advance ruling', kind: 'form', relevant: [W.burkina, W.sriLanka], k: 10 },
  { query: 'accredited trainers', kind: 'form', relevant: [W.hsArabic], k: 10 },
  { query: 'intercepted cigarettes', kind: 'form', relevant: [W.intercept], k: 10 },
  // Prefixes written joined, hyphenated or spaced.
  { query: 'prearrival', kind: 'prefix', relevant: [W.cargo], k: 10 },
  { query: 'pre arrival', kind: 'prefix', relevant: [W.cargo], k: 10 },
  { query: 'pre-accreditation', kind: 'prefix', relevant: [W.hsMena], k: 10 },
  { query: 'postclearance audit', kind: 'prefix', relevant: [W.moldova, W.pacific, W.mexico], k: 10 },
  { query: 'post clearance audit', kind: 'prefix', relevant: [W.moldova, W.pacific, W.mexico], k: 10 },
  { query: 'post-clearance audits', kind: 'prefix', relevant: [W.moldova, W.pacific, W.mexico], k: 10 },
  { query: 'e commerce', kind: 'prefix', relevant: [T.bosnia, T.supply], k: 10 },
  // Natural phrases, as typed into a search box.
  { query: 'illegal wildlife trade', kind: 'missing', relevant: [W.crime], k: 10 },
  { query: 'ozone depleting substances', kind: 'phrase', relevant: [W.demeter], k: 10 },
  { query: 'customs laboratory chemists', kind: 'phrase', relevant: [W.peruLab], k: 10 },
  { query: 'trafficking of cultural heritage', kind: 'phrase', relevant: [W.pitch], k: 10 },
  { query: 'valuation trainers', kind: 'phrase', relevant: [W.valuationPool], k: 10 },
  // A missing word: no briefing has both, those with most of them come back ranked.
  { query: 'timber smuggling', kind: 'missing', relevant: [W.crime, W.raids, W.intercept], k: 10 },
  { query: 'ivory poaching', kind: 'missing', relevant: [W.crime, W.intercept], k: 10 },
];
