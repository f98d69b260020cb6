/**
 * A deterministic generator of synthetic briefings in the seed's text format, for benchmarks and large-scale
 * tests: realistic customs vocabulary, countries from every WCO region, programmes and acronyms, and titles
 * mangled the way the real feed mangles them ("Asiapacific", "Crossborder", "Ecommerce").
 */

/** Mulberry32: a tiny seeded PRNG, so the same seed gives the same corpus on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'Albania',
  'Kosovo',
  'Bosnia and Herzegovina',
  'Serbia',
  'Georgia',
  'Kazakhstan',
  'Turkey',
  'Ukraine',
  'France',
  'Viet Nam',
  'Indonesia',
  'Philippines',
  'Sri Lanka',
  'Thailand',
  'Japan',
  'Fiji',
  'Papua New Guinea',
  'Mongolia',
  'Kenya',
  'Uganda',
  'Zambia',
  'Mozambique',
  'South Africa',
  'Ethiopia',
  'Angola',
  'Madagascar',
  "Côte d'Ivoire",
  'Senegal',
  'Nigeria',
  'Ghana',
  'Cameroon',
  'Mauritania',
  'Niger',
  'Benin',
  'Brazil',
  'Peru',
  'Jamaica',
  'Guatemala',
  'Chile',
  'Dominican Republic',
  'Paraguay',
  'Morocco',
  'Libya',
  'Egypt',
  'Jordan',
  'Sudan',
  'Oman',
  'Tunisia',
  'Saudi Arabia',
];
const DEMONYMS = [
  'Albanian',
  'Kosovar',
  'Kenyan',
  'Peruvian',
  'Moroccan',
  'Filipino',
  'Ghanaian',
  'Jordanian',
  'Fijian',
];
const REGIONS = [
  'Asia-Pacific',
  'Asiapacific',
  'Asia Pacific',
  'West Africa',
  'the Western Balkans',
  'Latin America',
  'the MENA region',
  'the ESA region',
  'the Caribbean',
  'Central Asia',
];
const PROGRAMMES = [
  'the Mercator Programme',
  'the STCE Programme',
  'the COPES Programme',
  'Programme Global Shield',
  'the INAMA Project',
  'Operation Demeter',
  'Operation Thunder',
  'the Columbus Programme',
  'the APPW project',
  'the Accelerate Trade Facilitation Programme',
  'the Container Control Programme',
  'CLiKC!',
  'the Green Customs Initiative',
];
const ORGS = [
  'UNODC',
  'INTERPOL',
  'the World Organisation for Animal Health',
  'OIE',
  'UNEP',
  'the WTO',
  'UNCTAD',
  'the Universal Postal Union',
  'ICAO',
  'the Asian Development Bank',
];
const INSTRUMENTS = [
  'the Basel Convention',
  'the Revised Kyoto Convention',
  'the SAFE Framework of Standards',
  'the Harmonized System',
  'the Framework of Standards on Cross-Border E-Commerce',
  'the Immediate Release Guidelines',
  'CITES',
  'the Montreal Protocol',
  'the Trade Facilitation Agreement',
  'the Istanbul Convention',
  'multilateral environmental agreements (MEAs)',
];
const TOPICS = [
  ['illegal plastic waste shipments', 'Plastic Waste'],
  ['e-commerce parcels', 'Ecommerce'],
  ['cross-border trade', 'Crossborder Trade'],
  ['strategic trade controls and dual-use goods', 'Strategic Trade'],
  ['drug trafficking and precursors', 'Drug Trafficking'],
  ['counterfeit medicines', 'Counterfeits'],
  ['disaster relief consignments', 'Disaster Relief'],
  ['tobacco smuggling and revenue', 'Revenue'],
  ['wildlife trafficking', 'Wildlife Crime'],
  ['tariff classification under the HS', 'Classification'],
  ['customs valuation', 'Valuation'],
  ['rules of origin', 'Origin Rules'],
  ['artificial intelligence and blockchain', 'Disruptive Tech'],
  ['integrity and anti-corruption', 'Integrity'],
  ['eco-sensitive goods', 'Ecosensitive Goods'],
  ['Authorized Economic Operator programmes', 'AEO'],
  ['cultural heritage trafficking', 'Cultural Heritage'],
  ['risk management and intelligence', 'Risk Management'],
  ['supply chain security', 'Supply Chain'],
];
const VERBS = [
  'Steps Up Work on',
  'Holds Workshop on',
  'Reviews',
  'Supports Reform on',
  'Focuses on',
  'Trains Officers on',
];
const FILLER = [
  'Participants shared best practices and agreed on next steps for regional cooperation.',
  'The workshop covered risk assessment, document verification and cargo inspection techniques.',
  'Officials stressed the role of customs in protecting society while facilitating legitimate trade.',
  'The event brought together border agencies, the private sector and international partners.',
  'Trainers used case studies and practical exercises drawn from recent seizures.',
  'The initiative is expected to improve data analysis and the targeting of high-risk consignments.',
  'Delegates discussed capacity building needs and the mobilisation of donor support.',
  'The meeting reviewed progress against the action plan adopted last year.',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/**
 * Generates `count` briefings of about 100 words as seed-format text.
 * @example generateBriefingText(2, 42).split('\n\n').length // → 6 blocks (title, title, summary) × 2
 */
export function generateBriefingText(count: number, seed = 1): string {
  const random = createRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const [topic, topicTitle] = pick(random, TOPICS);
    const place = random() < 0.7 ? pick(random, COUNTRIES) : pick(random, REGIONS);
    const titlePlace = place.replace(/-/g, '').replace(/^the /, '');
    const title = `WCO ${pick(random, VERBS)} ${topicTitle} in ${titlePlace} (${i + 1})`;
    const sentences = [
      `The World Customs Organization (WCO) held a workshop in ${place} on ${topic}, with ${pick(random, ORGS)}.`,
      `Under ${pick(random, PROGRAMMES)}, ${random() < 0.5 ? pick(random, DEMONYMS) + ' ' : ''}customs officers reviewed how ${pick(random, INSTRUMENTS)} applies to ${topic}.`,
      pick(random, FILLER),
      pick(random, FILLER),
      random() < 0.3 ? `Secretary General Kunio Mikuriya welcomed the results.` : pick(random, FILLER),
      `Next year the work extends to ${pick(random, COUNTRIES)} and ${pick(random, COUNTRIES)}.`,
    ];
    out.push(`${title}\n\n${title}\n\n${sentences.join(' ')}\n`);
  }
  return out.join('\n');
}
