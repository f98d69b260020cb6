import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  containsRun,
  findRuns,
  foldTerm,
  stemTerm,
  foldedParts,
  indexTerms,
  normalizeText,
  scanWords,
} from './normalize';

describe('normalizeText', () => {
  it.each([
    ['E-Commerce', 'e-commerce'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['“Smart” borders', '"smart" borders'],
    ['ﬁnance', 'finance'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['İstanbul', 'istanbul'],
    ['Asia–Pacific', 'asia-pacific'],
    ['ＷＣＯ', 'wco'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('indexTerms: compounds meet their joined and spaced forms', () => {
  it.each([
    ['E-Commerce', ['e', 'commerce', 'ecommerce']],
    ['e-commerce', ['e', 'commerce', 'ecommerce']],
    ['Ecommerce', ['ecommerce']],
    ['cross-border', ['cross', 'border', 'crossborder']],
    ['Asia-Pacific', ['asia', 'pacific', 'asiapacific']],
    ['Asia/Pacific', ['asia', 'pacific', 'asiapacific']],
    ['Asiapacific', ['asiapacific']],
    ['eco‑sensitive', ['eco', 'sensitive', 'ecosensitive']],
    ["d'Ivoire", ['d', 'ivoire', 'divoire']],
    ['WCO’s', ['wco', 's', 'wcos', 'wco']],
    ['MEAs', ['meas', 'mea']],
    ['1.5 U.S.', ['1', '5', 'u', 's']],
  ])('%s → %j', (input, expected) => {
    expect(indexTerms(input)).toEqual(expected);
  });

  it('folds case and accents identically for index and query', () => {
    expect(indexTerms('KOSÓVO Kosovo kosovo')).toEqual(['kosovo', 'kosovo', 'kosovo']);
  });
});

describe('foldTerm', () => {
  it.each([
    ['agreements', 'agreement'],
    ['countries', 'country'],
    ['taxes', 'tax'],
    ['approaches', 'approach'],
    ['meas', 'mea'],
    ['customs', 'custom'],
    ['business', 'business'],
    ['analysis', 'analysis'],
    ['status', 'status'],
    ['has', 'has'],
    ['covid19s', 'covid19s'],
  ])('%s → %s', (input, expected) => {
    expect(foldTerm(input)).toBe(expected);
  });
});

describe('scanWords', () => {
  it('keeps original offsets through accents and compounds', () => {
    const text = 'In Côte d’Ivoire, E-Commerce';
    const words = scanWords(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['In', 'Côte', 'd’Ivoire', 'E-Commerce']);
    expect(words[3]!.parts.map((p) => text.slice(p.start, p.end))).toEqual(['E', 'Commerce']);
  });

  it('keeps combining marks inside a word', () => {
    expect(scanWords('Cafe\u0301 bar').map((w) => w.joined)).toEqual(['cafe', 'bar']);
  });

  it('never throws and never yields an empty term', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        for (const w of scanWords(s)) {
          expect(w.joined.length).toBeGreaterThan(0);
          for (const p of w.parts) expect(s.slice(p.start, p.end).length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('containsRun / findRuns', () => {
  it.each([
    [['asia', 'pacific'], 'asiapacific', true],
    [['asiapacific'], 'asiapacific', true],
    [['the', 'asia', 'pacific', 'region'], 'asiapacific', true],
    [['asian', 'pacific'], 'asiapacific', false],
    [['xasia', 'pacific'], 'asiapacific', false],
    [['asia', 'pacifica'], 'asiapacific', false],
  ])('%j contains %s: %s', (tokens, target, expected) => {
    expect(containsRun(tokens, target)).toBe(expected);
  });

  it('finds every run', () => {
    expect(findRuns(['e', 'commerce', 'and', 'ecommerce'], 'ecommerce')).toEqual([
      [0, 1],
      [3, 3],
    ]);
  });

  it('compares folded parts', () => {
    expect(containsRun(foldedParts('Cross-Borders'), 'crossborder')).toBe(true);
  });
});

describe('stemTerm: word forms meet', () => {
  it.each([
    [['smuggling', 'smuggled', 'smuggle', 'smugglers', 'smuggler'], 'smuggl'],
    [['seizure', 'seizures', 'seized', 'seize', 'seizing'], 'seiz'],
    [['trafficking', 'traffickers', 'trafficked'], 'traffick'],
    [['laboratory', 'laboratories'], 'laboratori'],
  ])('%j → %s', (forms, stem) => {
    for (const form of forms) expect(stemTerm(foldTerm(form))).toBe(stem);
  });

  it('leaves acronyms, codes and short words alone', () => {
    for (const term of ['hs', 'wco', 'g20', 'aeo', 'us']) expect(stemTerm(term)).toBe(term);
  });

  it('keeps words Porter keeps apart apart', () => {
    expect(stemTerm('nature')).not.toBe(stemTerm('nation'));
    expect(stemTerm('border')).toBe('border');
  });
});
