import { describe, expect, it } from 'vitest';
import { allMatches, compilePhrases, findPhrases, prepareText, selectLongest } from './match-text';

const matcher = compilePhrases<string>(
  [
    ['Asia Pacific', 'AP'],
    ['Niger', 'NER'],
    ['Nigeria', 'NGA'],
    ['Guinea', 'GIN'],
    ['Papua New Guinea', 'PNG'],
    ['US', 'USA'],
    ['A/P', 'A/P'],
    ["Côte d'Ivoire", 'CIV'],
    ['Bosnia and Herzegovina', 'BIH'],
    ['BiH', 'BIH'],
    ['OiE', 'OIE'],
    ['^Chad', 'TCD'],
    ['smuggl*', 'smuggling'],
    ['e-commerce', 'e-commerce'],
    ['cross-border', 'cross-border'],
    ['MEA', 'MEA'],
    ['IPR, Health and Safety Programme', 'IPR-PROGRAMME'],
    ['Ricardo Treviño Chapa', 'trevino'],
  ],
  { plural: true },
);

/** The values found, each with the exact text its span covers. */
function match(text: string): string[] {
  return selectLongest(findPhrases(matcher, prepareText(text))).map(
    (m) => `${m.value}=${text.slice(m.start, m.end)}`,
  );
}

describe('findPhrases', () => {
  it.each([
    [
      'separators may be dropped',
      'Asiapacific and Asia-Pacific and asia pacific',
      ['AP=Asiapacific', 'AP=Asia-Pacific', 'AP=asia pacific'],
    ],
    ['whole words only', 'Nigeria and Niger', ['NGA=Nigeria', 'NER=Niger']],
    ['longest match wins', 'Papua New Guinea', ['PNG=Papua New Guinea']],
    ['acronyms are case-sensitive', 'us and US and Us', ['USA=US']],
    ['an all-acronym phrase keeps its separators', 'A/P and AP', ['A/P=A/P']],
    [
      'accents and apostrophes are optional',
      'Cote dIvoire, Côte d’Ivoire',
      ['CIV=Cote dIvoire', 'CIV=Côte d’Ivoire'],
    ],
    ['"&" reads as "and"', 'Bosnia & Herzegovina', ['BIH=Bosnia & Herzegovina']],
    ['mixed-case acronyms need their capitals', 'BiH, BIH, bih', ['BIH=BiH', 'BIH=BIH']],
    ['free lower-case letters of an acronym', 'OIE, OiE, oie', ['OIE=OIE', 'OIE=OiE']],
    ['"^" requires capitals', 'chad, Chad, CHAD', ['TCD=Chad', 'TCD=CHAD']],
    [
      '"*" matches any ending',
      'smuggling, smuggled, smugglers',
      ['smuggling=smuggling', 'smuggling=smuggled', 'smuggling=smugglers'],
    ],
    [
      'hyphens optional',
      'Ecommerce, E-Commerce, e commerce, crossborder',
      ['e-commerce=Ecommerce', 'e-commerce=E-Commerce', 'e-commerce=e commerce', 'cross-border=crossborder'],
    ],
    ['plural endings', 'MEAs and MEA', ['MEA=MEAs', 'MEA=MEA']],
    ['possessive', "Niger's customs", ['NER=Niger']],
    [
      'hard punctuation only where the phrase has it',
      'IPR, Health and Safety Programme; Asia, Pacific',
      ['IPR-PROGRAMME=IPR, Health and Safety Programme'],
    ],
    [
      'diacritics in the phrase are optional in the text',
      'Ricardo Trevino Chapa',
      ['trevino=Ricardo Trevino Chapa'],
    ],
    ['not inside words', 'Chinatown Nigerians', []],
  ])('%s', (_why, text, expected) => {
    expect(match(text)).toEqual(expected);
  });

  it('maps spans back to the original text across astral characters and ligatures', () => {
    const text = '😀 Straße, Côte d’Ivoire';
    const found = findPhrases(
      compilePhrases(
        [
          ['Strasse', 's'],
          ["Cote d'Ivoire", 'c'],
        ],
        { plural: false },
      ),
      prepareText(text),
    );
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Straße', 'Côte d’Ivoire']);
  });
});

describe('selectLongest', () => {
  it.each([
    [
      [
        { start: 0, end: 6 },
        { start: 0, end: 16 },
      ],
      [{ start: 0, end: 16 }],
    ],
    [
      [
        { start: 5, end: 9 },
        { start: 0, end: 4 },
      ],
      [
        { start: 0, end: 4 },
        { start: 5, end: 9 },
      ],
    ],
    [
      [
        { start: 0, end: 5 },
        { start: 3, end: 8 },
      ],
      [{ start: 0, end: 5 }],
    ],
  ])('%j → %j', (input, expected) => {
    expect(selectLongest(input)).toEqual(expected);
  });
});

describe('allMatches', () => {
  it('finds what matchAll finds, from the start however the expression was left', () => {
    const re = /[\p{L}\d]+/gu;
    const text = 'Côte d’Ivoire, 2024: Lomé';
    re.lastIndex = 7;
    expect(allMatches(re, text).map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => [m.index, m[0]]),
    );
  });

  it('refuses an expression that is not global, which would never stop', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(/global/);
  });
});

describe('prepareText, transient', () => {
  const same = (text: string) => {
    const owned = prepareText(text);
    const lent = prepareText(text, { transient: true });
    expect(lent.length).toBe(owned.length);
    for (const key of ['codes', 'starts', 'upper', 'before'] as const)
      expect(Array.from(lent[key].subarray(0, lent.length)), key).toEqual(Array.from(owned[key]));
  };

  it('folds as the owned stream does, for short, long and expanding texts', () => {
    same("Côte d'Ivoire");
    // Longer than the buffers kept between calls, and "&" read as three letters in every place.
    same('Bosnia & Herzegovina, '.repeat(400));
    same('&'.repeat(5000));
    same('ﬁ'.repeat(3000));
    same('');
  });

  it('lends the same buffers again: a stream is valid only until the next transient call', () => {
    const first = prepareText('Niger', { transient: true });
    const second = prepareText('Chad', { transient: true });
    expect(second.codes).toBe(first.codes);
    expect(String.fromCharCode(...second.codes.subarray(0, second.length))).toBe('chad');
  });
});

describe('match spans', () => {
  it('end after the whole character, a surrogate pair included', () => {
    const astral = compilePhrases<string>([['ab', 'X']], { plural: false });
    const text = 'x A\u{1D401} y'; // "A" and a mathematical bold capital B, which folds to "b"
    expect(findPhrases(astral, prepareText(text))).toEqual([{ start: 2, end: 5, value: 'X' }]);
    expect(findPhrases(astral, prepareText('x Ab y'))).toEqual([{ start: 2, end: 4, value: 'X' }]);
  });
});
