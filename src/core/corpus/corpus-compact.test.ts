import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../tagging';
import { type Corpus, type Result } from './contract';
import {
  decodeCompactCorpus,
  decodeCompactCorpusAsync,
  encodeCompactCorpus,
  readCorpusJson,
  toPlainCorpus,
} from './corpus-compact';
import { deriveView, parseViewState } from '../view';
import { generateBriefingText } from './generate-briefings';
import { parseBriefingText } from './parse-text';
import { loadSeedCorpus } from './__fixtures__/seed-corpus';
import { tagColumnsOf } from './tag-columns';
import { TAG_KINDS } from './tag-kinds';

const generated = buildCorpus(parseBriefingText(generateBriefingText(300, 7), 'gen.txt').briefings, [], {
  name: 'generated',
  generatedAt: '2026-01-01T00:00:00Z',
});
const roundTrip = (c: Corpus) => JSON.parse(JSON.stringify(encodeCompactCorpus(c))) as unknown;
/** A decoded corpus with its lazily decoded briefings made plain, to compare field by field. */
const plain = (r: Result<Corpus>): Result<Corpus> => (r.ok ? { ok: true, data: toPlainCorpus(r.data) } : r);

describe('encodeCompactCorpus / decodeCompactCorpus', () => {
  it.each([
    ['the seed', loadSeedCorpus()],
    ['300 generated briefings', generated],
  ])('round-trips %s exactly', (_, corpus) => {
    expect(plain(decodeCompactCorpus(roundTrip(corpus)))).toEqual({ ok: true, data: corpus });
  });

  it('keeps dates, urls and a missing source', () => {
    const corpus: Corpus = {
      ...generated,
      briefings: [
        { ...generated.briefings[0]!, date: '2026-03-01', url: 'https://example.org/a' },
        (({ source: _, ...rest }) => rest)(generated.briefings[1]!),
      ],
    };
    expect(plain(decodeCompactCorpus(roundTrip(corpus)))).toEqual({ ok: true, data: corpus });
  });

  it('is much smaller than the documented JSON', () => {
    expect(JSON.stringify(encodeCompactCorpus(generated)).length).toBeLessThan(
      JSON.stringify(generated).length / 2,
    );
  });

  it('decodes in chunks with progress', async () => {
    const seen: number[] = [];
    const result = await decodeCompactCorpusAsync(roundTrip(generated), (done) => seen.push(done), 100);
    expect(plain(result)).toEqual({ ok: true, data: generated });
    expect(seen).toEqual([100, 200, 300]);
  });

  const good = roundTrip(generated) as Record<string, unknown>;
  it.each([
    ['not an object', null, /expected an object/],
    ['an older version', { ...good, version: 1 }, /version/],
    ['a newer version', { ...good, version: 3 }, /version/],
    ['titles missing one', { ...good, titles: (good.titles as string[]).slice(1) }, /titles: expected 300/],
    ['a truncated stream', { ...good, stream: (good.stream as string).slice(0, 400) }, /stream/],
    [
      'a bad tag dictionary',
      { ...good, values: { ...(good.values as object), themes: [['', 'x']] } },
      /values.themes/,
    ],
    ['bad metadata', { ...good, warnings: 'none' }, /warnings/],
    ['a duplicate id', { ...good, ids: (good.ids as string[]).map(() => 'same') }, /duplicate/],
  ])('refuses %s with a reason', (_, input, reason) => {
    const result = decodeCompactCorpus(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('readCorpusJson', () => {
  it('reads both forms', async () => {
    const seed = loadSeedCorpus();
    expect(await readCorpusJson(JSON.parse(JSON.stringify(seed)))).toEqual({ ok: true, data: seed });
    expect(plain(await readCorpusJson(roundTrip(seed)))).toEqual({ ok: true, data: seed });
  });
});

describe('the facet index of a decoded compact corpus', () => {
  const decoded = decodeCompactCorpus(roundTrip(generated));
  if (!decoded.ok) throw new Error(decoded.reason);
  const fromFile = decoded.data;
  const regionOf = (c: Corpus) => c.briefings.find((b) => b.regions.length > 0)!.regions[0]!.id;
  const themeOf = (c: Corpus) => c.briefings.find((b) => b.themes.length > 1)!.themes[1]!.id;

  it('gets the tag columns from the decoder, the same as read from the briefings', () => {
    const copy = structuredClone(toPlainCorpus(fromFile));
    for (const kind of TAG_KINDS) {
      const attached = tagColumnsOf(fromFile, kind);
      // Handed over by the decoder (the same object each time), not read again from the briefings.
      expect(tagColumnsOf(fromFile, kind)).toBe(attached);
      const read = tagColumnsOf(copy, kind);
      expect(attached.offsets).toEqual(read.offsets);
      expect(Array.from(attached.values, (d) => attached.dictionary[d])).toEqual(
        Array.from(read.values, (d) => read.dictionary[d]),
      );
    }
  });

  it('gives the same view, counts and charts as the corpus it encodes', () => {
    const states = [
      parseViewState('').state,
      parseViewState(`region=${regionOf(generated)}`).state,
      parseViewState(`theme=${themeOf(generated)}&region=${regionOf(generated)}`).state,
    ];
    for (const state of states) {
      const expected = deriveView(generated, state);
      const actual = deriveView(fromFile, state);
      expect(actual.matched).toBe(expected.matched);
      expect(actual.results.map((b) => b.id)).toEqual(expected.results.map((b) => b.id));
      expect(actual.facets).toEqual(expected.facets);
      expect(actual.byTheme).toEqual(expected.byTheme);
      expect(actual.matrix).toEqual(expected.matrix);
    }
  });
});

describe('briefings of a compact corpus', () => {
  const open = () => {
    const decoded = decodeCompactCorpus(roundTrip(generated));
    if (!decoded.ok) throw new Error(decoded.reason);
    return decoded.data;
  };

  it('read their tags, evidence and vias as encoded, on first and later reads', () => {
    const corpus = open();
    corpus.briefings.forEach((b, i) => {
      const original = generated.briefings[i]!;
      for (const kind of TAG_KINDS) {
        expect(b[kind]).toEqual(original[kind]);
        expect(b[kind]).toBe(b[kind]);
      }
    });
  });

  it('write themselves whole as JSON, read or not', () => {
    const corpus = open();
    void corpus.briefings[1]!.themes;
    for (const i of [0, 1]) {
      expect(JSON.parse(JSON.stringify(corpus.briefings[i]))).toEqual(generated.briefings[i]);
    }
  });

  it('survive structured cloning (IndexedDB, workers) once made plain', () => {
    expect(structuredClone(toPlainCorpus(open())).briefings).toEqual(generated.briefings);
  });

  it('leave a corpus with no such briefings as it is', () => {
    expect(toPlainCorpus(generated)).toBe(generated);
  });
});
