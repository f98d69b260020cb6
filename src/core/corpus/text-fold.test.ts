import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTerms, scanWords } from '../search';
import { prepareText } from '../tagging';
import { foldLetters } from './text-fold';

/** What the tagger's matcher sees of a text: its folded letters, run together. */
const taggerLetters = (text: string) => String.fromCharCode(...prepareText(text).codes);
/** What the search sees: the letters of its words' parts, run together. */
const searchLetters = (text: string) =>
  scanWords(text)
    .flatMap((w) => w.parts.map((p) => p.term))
    .join('');

describe('foldLetters (the one fold of tagger and search)', () => {
  it.each([
    ['Ħal Far', 'hal far'],
    ['ﬁnance', 'finance'],
    ['Ｅ-Commerce', 'e-commerce'],
    ['Côte d’Ivoire', 'cote d’ivoire'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['İstanbul', 'istanbul'],
  ])('%s → %s', (text, folded) => {
    expect(foldLetters(text)).toBe(folded);
  });

  it.each(['Ħal Far', 'ﬁnance', 'Ｅ-Commerce', 'Côte d’Ivoire', 'Straße', 'Œuvre', 'Þingvellir', 'Đakovo'])(
    'the tagger and the search read the same letters in %s',
    (text) => {
      expect(taggerLetters(text)).toBe(searchLetters(text));
    },
  );

  it('the tagger and the search read the same letters in any text without & (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        const text = raw.replace(/&/g, ' ');
        expect(taggerLetters(text)).toBe(searchLetters(text));
      }),
      { numRuns: Number(process.env.FOLD_RUNS ?? 300) },
    );
  });
});

describe('the deliberate differences between the tagger and the search', () => {
  it('reads & as "and" in the tagger, as punctuation in the search', () => {
    expect(taggerLetters('Bosnia & Herzegovina')).toBe('bosniaandherzegovina');
    expect(indexTerms('Bosnia & Herzegovina')).toEqual(['bosnia', 'herzegovina']);
  });

  it('glues words across dots in the tagger only', () => {
    const tagged = prepareText('U.S. Customs');
    expect(String.fromCharCode(...tagged.codes)).toBe('uscustoms');
    expect(tagged.before[1]).toBe(1); // a soft separator: "U.S." matches the phrase "US"
    expect(indexTerms('U.S. Customs')).toEqual(['u', 's', 'customs', 'custom']);
  });
});
