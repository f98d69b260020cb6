import { writeFileSync as writeFile } from 'node:fs';
import { describe, expect, it } from 'vitest';
import seedText from '../../../seeds/000_cf43153b14bbf254.txt?raw';
import golden from './__golden__/seed-tags.json';
import { TAG_KINDS, type Briefing, type RawBriefing, type Tag } from '../corpus';
import { parseBriefingText } from '../corpus';
import { tagBriefing, tagBriefings } from './tag-briefing';

const seeds: Briefing[] = tagBriefings(
  parseBriefingText(seedText, 'seeds/000_cf43153b14bbf254.txt').briefings,
);

function seed(titleStart: string, summaryHas = ''): Briefing {
  const found = seeds.find((b) => b.title.startsWith(titleStart) && b.summary.includes(summaryHas));
  if (!found) throw new Error(`no seed briefing "${titleStart}"`);
  return found;
}
const ids = (tags: readonly Tag[]): string[] => tags.map((t) => t.id);
const labels = (tags: readonly Tag[]): string[] => tags.map((t) => t.label);
const textOf = (b: Briefing, e: Tag['evidence'][number]): string => b[e.field].slice(e.start, e.end);

function tag(title: string, summary = ''): Briefing {
  const raw: RawBriefing = { id: 't', title, summary, source: { file: 'test', line: 1 } };
  return tagBriefing(raw);
}

describe('the seed corpus (checked by hand against the text)', () => {
  it('reads ten briefings', () => {
    expect(seeds).toHaveLength(10);
  });

  it('Albania/Kosovo: Europe only, ALB and XKX, STCE and COPES', () => {
    const b = seed('WCO Boosts Trade Control Enforcement in Albania Kosovo');
    expect(labels(b.regions)).toEqual(['Europe']);
    expect(ids(b.countries)).toEqual(expect.arrayContaining(['ALB', 'XKX']));
    expect(ids(b.programmes)).toEqual(expect.arrayContaining(['STCE', 'COPES']));
    // the region is reached through the countries, with their words as evidence
    expect(b.regions[0]!.via).toEqual(['ALB', 'XKX']);
    expect(b.regions[0]!.evidence.map((e) => textOf(b, e))).toEqual([
      'Albania',
      'Kosovo',
      'Albanian',
      'Kosovar',
    ]);
  });

  it('Bosnia: Europe with BIH, the E-Commerce FoS and the Immediate Release Guidelines, e-commerce', () => {
    const b = seed('WCO Aids Bosnia');
    expect(labels(b.regions)).toEqual(['Europe']);
    expect(ids(b.countries)).toEqual(['BIH']);
    expect(labels(b.instruments)).toEqual(
      expect.arrayContaining([
        'Framework of Standards on Cross-Border E-Commerce',
        'Immediate Release Guidelines',
      ]),
    );
    expect(ids(b.themes)).toContain('facilitation.ecommerce');
  });

  it('Morocco/Libya: North of Africa, Near and Middle East with MAR and LBY, disaster relief', () => {
    const b = seed('WCO Speeds Up Disaster Aid');
    expect(labels(b.regions)).toEqual(['North of Africa, Near and Middle East']);
    expect(ids(b.countries)).toEqual(expect.arrayContaining(['MAR', 'LBY']));
    expect(ids(b.themes)).toContain('crisis.disaster_relief');
  });

  it.each(['Asiapacific Nations', 'Asiapacific Customs'])('"%s…": Asia/Pacific', (title) => {
    expect(labels(seed(title).regions)).toEqual(['Asia/Pacific']);
  });

  it('plastic waste: APPW, the Basel Convention, environment', () => {
    const b = seed('Asiapacific Nations');
    expect(ids(b.programmes)).toContain('APPW');
    expect(labels(b.instruments)).toContain('Basel Convention');
    expect(ids(b.themes)).toContain('enforcement.environment');
  });

  it('ADBI: Global (an organisation name is not a place), ADBI named', () => {
    const b = seed('WCO Warns of Supply Chain Risks');
    expect(b.regions).toEqual([{ id: 'GLOBAL', label: 'Global', evidence: [], via: [] }]);
    expect(ids(b.organizations)).toContain('ADBI');
  });

  it('OIE: one World Organisation for Animal Health tag with both names as evidence', () => {
    const b = seed('WCO and OIE Partner');
    const woah = b.organizations.filter((o) => o.label.includes('World Organisation for Animal Health'));
    expect(woah).toHaveLength(1);
    expect(woah[0]!.evidence.map((e) => [e.field, textOf(b, e)])).toEqual([
      ['title', 'OIE'],
      ['summary', 'World Organisation for Animal Health'],
    ]);
  });

  it('Kunio Mikuriya is a person', () => {
    expect(labels(seed('Global Leaders').people)).toEqual(['Kunio Mikuriya']);
  });

  it('disruptive technologies: PTC, a technology theme', () => {
    const b = seed('WCO Adopts Disruptive Tech');
    expect(ids(b.organizations)).toContain('PTC');
    expect(ids(b.themes)).toContain('research.technology');
  });

  it.each(seeds.map((b) => [b.title, b] as const))('%s: ≥1 theme, ≥1 region, sound evidence', (_title, b) => {
    expect(b.themes.length).toBeGreaterThanOrEqual(1);
    expect(b.regions.length).toBeGreaterThanOrEqual(1);
    for (const kind of TAG_KINDS) {
      const tags = b[kind];
      expect(new Set(ids(tags)).size, `${kind} ids are unique`).toBe(tags.length);
      for (const t of tags) {
        for (const e of t.evidence) {
          expect(e.start).toBeLessThan(e.end);
          expect(e.end).toBeLessThanOrEqual(b[e.field].length);
          expect(textOf(b, e).trim()).toBe(textOf(b, e)); // a span covers words, not the spaces around them
        }
        const sorted = [...t.evidence].sort((x, y) =>
          x.field === y.field ? x.start - y.start : x.field === 'title' ? -1 : 1,
        );
        expect(t.evidence, `${kind} ${t.id} evidence is in reading order`).toEqual(sorted);
      }
    }
    // a country's evidence names that country
    for (const c of b.countries) for (const e of c.evidence) expect(textOf(b, e)).toMatch(/^[A-Z]/);
  });
});

describe('the golden file of seed tags', () => {
  it('matches src/core/tagging/__golden__/seed-tags.json', () => {
    const actual: Record<string, unknown> = {};
    for (const b of seeds) {
      actual[b.id] = { title: b.title, ...Object.fromEntries(TAG_KINDS.map((k) => [k, ids(b[k])])) };
    }
    if (JSON.stringify(actual) !== JSON.stringify(golden)) {
      // Never regenerate silently: write the new tags beside the golden file for a person to review and copy over.
      writeFile(
        new URL('./__golden__/seed-tags-changed.json', import.meta.url),
        JSON.stringify(actual, null, 2) + '\n',
      );
    }
    expect(actual).toEqual(golden);
  });
});

describe('tagBriefing', () => {
  it.each([
    ['Israeli customs', 'EUR'],
    ['Customs of Türkiye', 'EUR'],
    ['Kazakhstan', 'EUR'],
    ['Mauritania', 'WCA'],
    ['Sudan', 'MENA'],
    ['South Sudan', 'ESA'],
    ['Afghanistan', 'AP'],
    ['Angola', 'ESA'],
  ])('places %s in %s by WCO membership', (text, region) => {
    expect(ids(tag(text).regions)).toEqual([region]);
  });

  it.each([
    ['sub-Saharan Africa', ['ESA', 'WCA']],
    ['the Western Balkans', ['EUR']],
    ['Pacific Islands', ['AP']],
    ['the MENA region', ['MENA']],
    ['Central Asia', ['EUR']],
    ['Latin America', ['AMS']],
    ['ASEAN members', ['AP']],
  ])('reads %s as %j', (text, regions) => {
    expect(ids(tag(text).regions)).toEqual(regions);
  });

  it.each([
    ['the Asian Development Bank'],
    ['the Asian Development Bank Institute'],
    ['the Organization of American States'],
    ['the European Union'],
    ['the African Union'],
    ['the UN Economic Commission for Europe'],
  ])('finds no place in %s', (text) => {
    expect(ids(tag(text).regions)).toEqual(['GLOBAL']);
  });

  it('gives a regional body its region through the body', () => {
    const b = tag('ECOWAS meets');
    expect(b.regions).toEqual([
      {
        id: 'WCA',
        label: 'West and Central Africa',
        evidence: [{ field: 'title', start: 0, end: 6 }],
        via: ['ECOWAS'],
      },
    ]);
  });

  it('counts the geography in a programme name', () => {
    expect(ids(tag('The Asia Pacific Plastic Waste Project ends').regions)).toEqual(['AP']);
  });

  it('keeps unlisted programmes from a title only when the summary confirms them', () => {
    expect(ids(tag('Customs Operation Seizes Drugs', 'Officers seized drugs.').programmes)).toEqual([]);
    const b = tag('Operation Sunbird Ends', 'Operation Sunbird IV, run by the WCO, ended.');
    expect(b.programmes.map((p) => [p.id, p.evidence.map((e) => textOf(b, e))])).toEqual([
      ['operation-sunbird', ['Operation Sunbird', 'Operation Sunbird IV']],
    ]);
  });

  it('orders tags by first evidence and keeps spans exact in the original text', () => {
    const b = tag('Kenya and Uganda', 'Customs of Uganda, Kenya and Côte d’Ivoire.');
    expect(ids(b.countries)).toEqual(['KEN', 'UGA', 'CIV']);
    expect(b.countries.map((c) => c.evidence.map((e) => textOf(b, e)))).toEqual([
      ['Kenya', 'Kenya'],
      ['Uganda', 'Uganda'],
      ['Côte d’Ivoire'],
    ]);
    expect(ids(b.regions)).toEqual(['ESA', 'WCA']);
  });

  it('implies themes from instruments and says through what', () => {
    const theme = tag('The Basel Convention').themes.find((t) => t.id === 'enforcement.environment');
    expect(theme?.via).toEqual(['BASEL']);
  });

  it('carries date, url and source through', () => {
    const raw: RawBriefing = {
      id: 'x',
      title: 'T',
      summary: 'S',
      date: '2024-01-02',
      url: 'https://x',
      source: { file: 'f', line: 3 },
    };
    expect(tagBriefing(raw)).toMatchObject({
      id: 'x',
      date: '2024-01-02',
      url: 'https://x',
      source: { file: 'f', line: 3 },
    });
  });
});

describe('Western Sahara and Morocco (the map draws them apart, as on United Nations maps)', () => {
  it.each([
    ['A workshop in Western Sahara', 'Officers met in Western Sahara.', ['ESH']],
    ['Sahrawi traders', 'Sahrawi traders crossed the border.', ['ESH']],
    ['A mission to El Aaiún', 'The mission met officers in El Aaiún.', ['ESH']],
    ['Moroccan Customs', 'The Customs Administration of Morocco hosted a workshop in Rabat.', ['MAR']],
    ['Morocco and Western Sahara', 'Traders from Morocco and Western Sahara.', ['MAR', 'ESH']],
  ])('"%s" names %j, neither counted as the other', (title, summary, countries) => {
    const b = tag(title, summary);
    expect(ids(b.countries)).toEqual(countries);
    // The region is reached through each of them on its own (both are in North of Africa, Near and Middle East).
    expect(b.regions.flatMap((r) => r.via ?? []).sort()).toEqual([...countries].sort());
  });
});
