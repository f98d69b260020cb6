import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_WORDS, parseQuery } from './search-query';

const simple = (q: string) => {
  const p = parseQuery(q);
  return {
    terms: p.terms.map((w) => w.term),
    phrases: p.phrases.map((ph) => ph.map((w) => w.term).join(' ')),
    excludedTerms: p.excludedTerms.map((w) => w.term),
    excludedPhrases: p.excludedPhrases.map((ph) => ph.map((w) => w.term).join(' ')),
    prefix: p.lastTermIsPrefix,
  };
};

describe('parseQuery', () => {
  it.each([
    ['', [], [], [], [], false],
    ['customs', ['custom'], [], [], [], true],
    ['customs ', ['custom'], [], [], [], false],
    ['plastic waste', ['plastic', 'waste'], [], [], [], true],
    ['"plastic waste"', [], ['plastic waste'], [], [], false],
    ['“plastic waste”', [], ['plastic waste'], [], [], false],
    ['customs -pandemic', ['custom'], [], ['pandemic'], [], false],
    ['-pandemic customs', ['custom'], [], ['pandemic'], [], true],
    ['trade -"plastic waste"', ['trade'], [], [], ['plastic waste'], false],
    ['E-Commerce', ['ecommerce'], [], [], [], true],
    ['Asia Pacific', ['asia', 'pacific'], [], [], [], true],
    ['kos,', ['kos'], [], [], [], false],
    // Broken syntax falls back to plain words.
    ['"plastic waste', ['plastic', 'waste'], [], [], [], true],
    ['plastic waste"', ['plastic', 'waste'], [], [], [], false],
    ['a "b" "c', ['a', 'c'], ['b'], [], [], true],
    ['-', [], [], [], [], false],
    ['--', [], [], [], [], false],
    ['--pandemic', ['pandemic'], [], [], [], true],
    ['- pandemic', ['pandemic'], [], [], [], true],
    ['disaster -', ['disaster'], [], [], [], false],
    ['"', [], [], [], [], false],
    ['""', [], [], [], [], false],
    ['-""', [], [], [], [], false],
    ['covid-19', ['covid19'], [], [], [], true],
  ])('%j', (q, terms, phrases, excludedTerms, excludedPhrases, prefix) => {
    expect(simple(q)).toEqual({ terms, phrases, excludedTerms, excludedPhrases, prefix });
  });

  it('keeps the parts of a typed compound', () => {
    expect(parseQuery('cross-borders').terms[0]).toEqual({
      surface: 'crossborders',
      term: 'crossborder',
      parts: ['cross', 'border'],
    });
  });

  it('caps the number of words', () => {
    expect(parseQuery('word '.repeat(100)).terms).toHaveLength(MAX_QUERY_WORDS);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc
            .array(fc.constantFrom('"', '-', ' ', '“', '”', 'a', 'é', '-x', '\u0301', '/', "'", '\n'), {
              maxLength: 30,
            })
            .map((xs) => xs.join('')),
        ),
        (q) => {
          const p = parseQuery(q);
          for (const w of [
            ...p.terms,
            ...p.excludedTerms,
            ...p.phrases.flat(),
            ...p.excludedPhrases.flat(),
          ]) {
            expect(w.term.length).toBeGreaterThan(0);
          }
          if (p.lastTermIsPrefix) expect(p.terms.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('tolerates non-strings from untyped callers', () => {
    expect(parseQuery(undefined as unknown as string).terms).toEqual([]);
  });
});
