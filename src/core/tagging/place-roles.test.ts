import { describe, expect, it } from 'vitest';
import type { RawBriefing } from '../corpus';
import { tagBriefing } from './tag-briefing';
import { GLOBAL_SCOPE_CUES, GLOBAL_SCOPE_WORDS } from './place-role-rules';

const raw = (summary: string, title = 'A briefing'): RawBriefing => ({
  id: 'b1',
  title,
  summary,
  source: { file: 'test.txt', line: 1 },
});

const own = (summary: string, title?: string) => {
  const b = tagBriefing(raw(summary, title));
  return {
    countries: b.countries.map((t) => t.id),
    regions: b.regions.map((t) => t.id),
    funders: b.funders.map((t) => t.id),
    mentions: b.mentions.map((t) => t.id),
  };
};

describe('place roles: only where it happened and who took part count', () => {
  it.each([
    // [sentence, own countries, funders, other mentions]
    [
      'A workshop held in Lomé, Togo, was financed by the Government of the Netherlands.',
      ['TGO'],
      ['NLD'],
      [],
    ],
    [
      'Officers from Benin and Ghana attended, with the generous support of Norway.',
      ['BEN', 'GHA'],
      ['NOR'],
      [],
    ],
    [
      'The training in Nairobi was sponsored by the Customs Cooperation Fund of France.',
      ['KEN'],
      ['FRA'],
      [],
    ],
    ['Trainers from Canada delivered the course to officers of Fiji.', ['FJI'], [], ['expert:CAN']],
    [
      'New Zealand Customs officers co-facilitated the workshop held in Apia, Samoa.',
      ['WSM'],
      [],
      ['expert:NZL'],
    ],
    ['Mexican Customs shared its experience with the Customs of Peru.', ['PER'], [], ['expert:MEX']],
    [
      'The seminar in Dakar was delivered in Spanish and Portuguese for officers of Senegal.',
      ['SEN'],
      [],
      ['language:ESP', 'language:PRT'],
    ],
    [
      'Cocaine was shipped from Colombia to Spain via Nigeria before officers in Kenya seized it.',
      ['KEN'],
      [],
      ['route:COL', 'route:ESP', 'route:NGA'],
    ],
    ['A national workshop was held in Ulaanbaatar.', ['MNG'], [], []],
    ['The regional meeting took place in Port of Spain.', ['TTO'], [], []],
  ])('%s', (summary, countries, funders, mentions) => {
    const tags = own(summary);
    expect(tags.countries).toEqual(countries);
    expect(tags.funders).toEqual(funders);
    expect(tags.mentions).toEqual(mentions);
  });

  it('counts the regions of its own places only', () => {
    const tags = own('A workshop in Lusaka, Zambia, funded by Japan, with trainers from France.');
    expect(tags.regions).toEqual(['ESA']);
  });

  it('keeps a region named as a route out of the regions', () => {
    const tags = own('Drugs shipped from South America to Europe via West Africa were seized in Kenya.');
    expect(tags.regions).toEqual(['ESA']);
  });
});

describe('Global as a finding', () => {
  it.each([
    ['The WCO Council Sessions in Brussels adopted the new Strategic Plan for all Members.'],
    ['A worldwide operation coordinated by the WCO involved 75 Customs administrations.'],
    ['Operation X, a global enforcement operation, led to seizures in many ports.'],
  ])('%s → Global only, with its words', (summary) => {
    const b = tagBriefing(raw(summary));
    expect(b.regions.map((r) => r.id)).toEqual(['GLOBAL']);
    expect(b.regions[0]!.evidence.length).toBeGreaterThan(0);
  });

  it('a workshop for 20 administrations of one region is that region, not Global', () => {
    const b = tagBriefing(
      raw('The regional workshop in Abidjan gathered 20 Customs administrations of the WCA region.'),
    );
    expect(b.regions.map((r) => r.id)).toEqual(['WCA']);
  });

  it('every worldwide cue contains a word of its pass, so the quick test before the cues never skips one', () => {
    // One phrase per cue, in the cues' order, as a briefing might write it.
    const phrases = [
      'the 141st/142nd Council Sessions',
      'the sessions of the WCO Council',
      'the 85th session of the Policy Commission',
      'Policy Commission meeting',
      'a world-wide campaign',
      'across the globe',
      'all of its Members',
      'every six regions',
      'the Global Customs Enforcement Conference',
      'a multiregional operation',
    ];
    expect(phrases).toHaveLength(GLOBAL_SCOPE_CUES.length);
    GLOBAL_SCOPE_CUES.forEach((cue, k) => {
      const phrase = phrases[k]!;
      cue.lastIndex = 0;
      expect(cue.test(phrase), `${cue.source} on "${phrase}"`).toBe(true);
      const words = cue.ignoreCase ? GLOBAL_SCOPE_WORDS.ignoringCase : GLOBAL_SCOPE_WORDS.withCase;
      expect(words.test(phrase), `${words.source} on "${phrase}"`).toBe(true);
      // The word must come from the cue's own letters, not from a word around them.
      cue.lastIndex = 0;
      expect(words.test(cue.exec(phrase)![0]), `${words.source} in the match of ${cue.source}`).toBe(true);
    });
  });

  it('a briefing with no place at all is Global with no evidence', () => {
    const b = tagBriefing(raw('The WCO published a new guide on data analytics.'));
    expect(b.regions).toEqual([{ id: 'GLOBAL', label: 'Global', evidence: [], via: [] }]);
  });
});

describe('programmes and themes as analysts write them', () => {
  it.each([
    ['The KAIZEN project supported Customs in the region.', 'KAIZEN project'],
    ['A Time Release Study was conducted at the border.', 'Time Release Study'],
    ['In March 2020 the WCO Project Hunter started.', 'Project Hunter'],
    ['Support came from the EXBS (Export Control and Related Border Security) Program.', 'EXBS Program'],
  ])('%s finds "%s"', (summary, label) => {
    expect(tagBriefing(raw(summary)).programmes.map((p) => p.label)).toContain(label);
  });

  it('a fund is a funder, not a programme', () => {
    const b = tagBriefing(
      raw('Sponsored by the Customs Cooperation Fund of Korea, officers of Kenya were trained.'),
    );
    expect(b.programmes).toEqual([]);
    expect(b.funders.map((f) => f.id)).toEqual(['KOR']);
  });

  it('an agency named after a theme word is no theme', () => {
    const b = tagBriefing(
      raw('The Uganda Revenue Authority hosted a workshop on e-commerce.', 'E-commerce workshop'),
    );
    expect(b.themes.map((t) => t.id)).not.toContain('revenue');
  });

  it('keeps a region given by an imported file, marked as from the file', () => {
    const b = tagBriefing({ ...raw('A workshop on risk management.'), region: 'Europe' });
    expect(b.regions).toEqual([{ id: 'EUR', label: 'Europe', evidence: [], via: ['from the file'] }]);
  });
});
