import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { prepareText } from './match-text';
import { THEME_RULES } from './taxonomy';
import {
  DICTIONARIES,
  INSTRUMENTS,
  ORGANIZATIONS,
  PEOPLE,
  PROGRAMMES,
  type EntityKind,
} from './data/dictionaries';
import { findEntities } from './entities';
import { findUnlistedProgrammes } from './programme-finder';
import { ALIAS_GROUPS } from './alias-groups';

/** `kind:id=matched text` for every entity in the text. */
function entities(text: string): string[] {
  return findEntities(prepareText(text)).map(
    (m) => `${m.value.kind}:${m.value.entry.id}=${text.slice(m.start, m.end)}`,
  );
}

describe('programmes', () => {
  it.each([
    ['through its STCE and COPES projects', ['programmes:STCE=STCE', 'programmes:COPES=COPES projects']],
    [
      'The Asia Pacific Plastic Waste (APPW) project',
      ['programmes:APPW=Asia Pacific Plastic Waste', 'programmes:APPW=APPW'],
    ],
    ['Operation Demeter IX seized waste', ['programmes:DEMETER=Operation Demeter IX']],
    ['the Programme Global Shield', ['programmes:PGS=Programme Global Shield']],
    ['the Mercator Programme', ['programmes:MERCATOR=Mercator Programme']],
    ['CLiKC! courses', ['programmes:CLiKC=CLiKC']],
    ['the nCEN application and CENcomm', ['programmes:nCEN=nCEN', 'programmes:CENcomm=CENcomm']],
    ['Operation Thunder 2021', ['programmes:THUNDER=Operation Thunder 2021']],
    [
      'the HMRC-WCO-UNCTAD TFA Implementation Programme',
      ['programmes:ACCELERATE-TF=HMRC-WCO-UNCTAD TFA Implementation Programme'],
    ],
    // false positives
    ['copes with pressure', []],
    ['a mercator projection', []],
    ['a cosmopolitan cosmo', []],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe('findUnlistedProgrammes', () => {
  it.each([
    [
      'during Operation Sunbird IV, officers',
      [['operation-sunbird', 'Operation Sunbird', 'Operation Sunbird IV']],
    ],
    ['under Operation "Mirage" this year', [['operation-mirage', 'Operation Mirage', 'Operation "Mirage']]],
    ['Project Prism helps', [['project-prism', 'Project Prism', 'Project Prism']]],
    [
      'the Gender Equality Programme and',
      [['gender-equality-programme', 'Gender Equality Programme', 'Gender Equality Programme']],
    ],
    ['the Customs Modernization Project', []],
    ['the project ended', []],
    ['This Programme helps', []],
    ['the operation of the system', []],
    ['the Project Manager said', []],
    ['a National Training Programme', []],
  ])('%s', (text, expected) => {
    expect(findUnlistedProgrammes(text).map((p) => [p.id, p.label, text.slice(p.start, p.end)])).toEqual(
      expected,
    );
  });

  it('reading only the stretches around each keyword finds what reading the whole text finds', () => {
    // Text made of the pieces names are read from: keywords in both cases, capitalised words and acronyms,
    // connectors, numerals, possessives, brackets, quotes, sentence ends and other punctuation, odd spaces.
    const piece = fc.constantFrom(
      'Operation',
      'Project',
      'Programme',
      'programme',
      'Program',
      'project',
      'Initiative',
      'initiative',
      'Package',
      'Study',
      'studies',
      'cooperation',
      'co-operation',
      'Sunbird',
      'KAIZEN',
      'Time',
      'Release',
      'WCO',
      'EU',
      'WCO-EU',
      "WCO's",
      'Zambia’s',
      'EXBS',
      'Export',
      'Control',
      'Border',
      'Security',
      'Revenue',
      'Côte',
      'the',
      'of',
      'for',
      'and',
      'in',
      'a',
      'officers',
      'helps',
      'IV',
      '2020',
      '12',
      '(',
      ')',
      '"',
      '“',
      '”',
      "'",
      '.',
      ',',
      ';',
      ':',
      '!',
      '?',
      '-',
      '–',
      '/',
      '\u00a0',
      '\n',
      // Brackets around a spelled-out acronym, with punctuation inside them.
      'EXBS (Export',
      'HS (',
      ') Programme',
      ') Project',
      ') programme',
      'Control,',
      'Security.',
    );
    const glue = fc.constantFrom(' ', ' ', ' ', '', '  ');
    const text = fc
      .array(fc.tuple(piece, glue), { maxLength: 60 })
      .map((parts) => parts.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findUnlistedProgrammes(t)).toEqual(findUnlistedProgrammes(t, { wholeText: true }));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('organisations', () => {
  it.each([
    ['WCO and OIE Partner', ['organizations:WCO=WCO', 'organizations:WOAH=OIE']],
    [
      'the OiE and the World Organisation for Animal Health',
      ['organizations:WOAH=OiE', 'organizations:WOAH=World Organisation for Animal Health'],
    ],
    [
      'World Organization for Animal Health (WOAH)',
      ['organizations:WOAH=World Organization for Animal Health', 'organizations:WOAH=WOAH'],
    ],
    [
      'at the Asian Development Bank Institute Annual Conference',
      ['organizations:ADBI=Asian Development Bank Institute'],
    ],
    [
      'the Asian Development Bank (ADB)',
      ['organizations:ADB=Asian Development Bank', 'organizations:ADB=ADB'],
    ],
    [
      'Permanent Technical Committee (PTC)',
      ['organizations:PTC=Permanent Technical Committee', 'organizations:PTC=PTC'],
    ],
    ['the EMCDDA, now the EUDA', ['organizations:EUDA=EMCDDA', 'organizations:EUDA=EUDA']],
    ['the Customs Co-operation Council', ['organizations:WCO=Customs Co-operation Council']],
    ['UN Environment Programme', ['organizations:UNEP=UN Environment Programme']],
    ['the European Union and Europol', ['organizations:EU=European Union', 'organizations:EUROPOL=Europol']],
    ['who said', []],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe('instruments', () => {
  it.each([
    ['the Basel Convention amendment', ['instruments:BASEL=Basel Convention']],
    [
      'the WCO Framework of Standards on Cross-Border E-Commerce and the E-Commerce Framework of Standards (FoS)',
      [
        'organizations:WCO=WCO',
        'instruments:ECOMMERCE-FOS=Framework of Standards on Cross-Border E-Commerce',
        'instruments:ECOMMERCE-FOS=E-Commerce Framework of Standards',
      ],
    ],
    ['the E-Commerce FoS', ['instruments:ECOMMERCE-FOS=E-Commerce FoS']],
    ['Immediate Release Guidelines', ['instruments:IRG=Immediate Release Guidelines']],
    [
      'Multilateral Environmental Agreements (MEAs)',
      ['instruments:MEA=Multilateral Environmental Agreements', 'instruments:MEA=MEAs'],
    ],
    ['the HS 2022 and the Harmonized System', ['instruments:HS=HS', 'instruments:HS=Harmonized System']],
    [
      'the Revised Kyoto Convention (RKC)',
      ['instruments:RKC=Revised Kyoto Convention', 'instruments:RKC=RKC'],
    ],
    [
      'the WTO Trade Facilitation Agreement',
      ['organizations:WTO=WTO', 'instruments:TFA=Trade Facilitation Agreement'],
    ],
    ['implementing trade facilitation agreements', []],
    ['CITES and the CITES Secretariat', ['instruments:CITES=CITES', 'instruments:CITES=CITES']],
    ['the report cites hs codes', []],
    [
      'Montreal Protocol and its Kigali Amendment',
      ['instruments:MONTREAL=Montreal Protocol', 'instruments:MONTREAL=Kigali Amendment'],
    ],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe('people', () => {
  it.each([
    ['Secretary General Kunio Mikuriya', ['people:kunio-mikuriya=Kunio Mikuriya']],
    ['Dr. Mikuriya said', ['people:kunio-mikuriya=Mikuriya']],
    ['Ian Saunders took office', ['people:ian-saunders=Ian Saunders']],
    [
      'Deputy Secretary General Ricardo Trevino Chapa',
      ['people:ricardo-trevino-chapa=Ricardo Trevino Chapa'],
    ],
    ['The Secretary General said', []],
    ['saunders', []],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe('dictionary data', () => {
  it('has unique ids within each kind', () => {
    for (const entries of Object.values(DICTIONARIES)) {
      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives WOAH one label naming the World Organisation for Animal Health', () => {
    expect(ORGANIZATIONS.find((o) => o.id === 'WOAH')?.label).toContain(
      'World Organisation for Animal Health',
    );
  });

  it('lets every theme be implied only by ids that exist', () => {
    const known = new Set([...PROGRAMMES, ...ORGANIZATIONS, ...INSTRUMENTS, ...PEOPLE].map((e) => e.id));
    for (const rule of THEME_RULES)
      for (const id of rule.impliedBy ?? []) expect(known, `${rule.id} ← ${id}`).toContain(id);
  });

  it.each<[EntityKind, number]>([
    ['programmes', 20],
    ['organizations', 40],
    ['instruments', 20],
    ['people', 4],
  ])('has a real %s dictionary', (kind, atLeast) => {
    expect(DICTIONARIES[kind].length).toBeGreaterThanOrEqual(atLeast);
  });
});

describe('ALIAS_GROUPS', () => {
  const groupWith = (name: string): readonly string[] | undefined =>
    ALIAS_GROUPS.find((g) => g.includes(name));

  it.each([
    ['OIE', ['WOAH', 'World Organisation for Animal Health']],
    ['BiH', ['Bosnia and Herzegovina']],
    ['MEA', ['multilateral environmental agreement']],
    ['HS', ['Harmonized System']],
    ['AEO', ['Authorized Economic Operator']],
    ['AI', ['artificial intelligence']],
    ['UAE', ['United Arab Emirates']],
    ['Kosovo', ['Republic of Kosovo']],
  ])('puts %s with %j', (name, others) => {
    const group = groupWith(name);
    expect(group).toBeDefined();
    for (const other of others) expect(group).toContain(other);
  });

  it('keeps names shared by several entries out of every group', () => {
    expect(groupWith('BRS Conventions')).toBeUndefined();
  });

  it('holds plain names only (no matcher syntax) in groups of two or more', () => {
    for (const group of ALIAS_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const name of group) expect(name).not.toMatch(/^\^|\*$/);
    }
  });
});
