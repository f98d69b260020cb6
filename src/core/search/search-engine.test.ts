import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../tagging';
import { generateBriefingText, parseBriefingText } from '../corpus';
import { foldedParts } from './normalize';
import {
  FIELD_BOOSTS,
  buildSearchIndex,
  loadSearchIndex,
  serializeSearchIndex,
  tagLabels,
} from './search-index';
import { computeEngineStats, engineFile, readEngineFile } from './search-engine';
import { readSectionFile, writeSectionFile } from './section-file';

// Enough briefings for the radix-sorted ranking and the dense unions to be used.
const corpus = buildCorpus(parseBriefingText(generateBriefingText(3000, 11), 'gen.txt').briefings, [], {
  name: 'gen',
  generatedAt: '2026-01-01T00:00:00Z',
});
const built = buildSearchIndex(corpus);
const loaded = loadSearchIndex(serializeSearchIndex(built, corpus, []), corpus);
if (!loaded.ok) throw new Error(loaded.reason);
const engine = loaded.data.index;
const streams = corpus.briefings.map((b) => [b.title, b.summary, ...tagLabels(b)].map(foldedParts));

/** Brute force: briefings with some folded part of some field equal to `term`, or starting with it. */
function bruteForce(term: string, prefix: boolean): number[] {
  const out: number[] = [];
  streams.forEach((fields, i) => {
    if (fields.some((parts) => parts.some((p) => (prefix ? p.startsWith(term) : p === term)))) out.push(i);
  });
  return out;
}

describe('SearchEngine', () => {
  it('round-trips through its serialised form', () => {
    expect(engine.terms).toEqual(built.terms);
    expect(
      engine.search({ leaf: { term: 'kenya', prefix: false, fuzzy: false } }, FIELD_BOOSTS).docs,
    ).toEqual(built.search({ leaf: { term: 'kenya', prefix: false, fuzzy: false } }, FIELD_BOOSTS).docs);
  });

  it.each([
    ['kenya', false],
    ['workshop', false],
    ['plas', true],
    ['cust', true],
  ])('finds exactly the briefings with %s (prefix: %s), best first', (term, prefix) => {
    const hits = engine.search({ leaf: { term, prefix, fuzzy: false } }, FIELD_BOOSTS);
    expect([...hits.docs].sort((a, b) => a - b)).toEqual(bruteForce(term, prefix));
    for (let r = 1; r < hits.scores.length; r++)
      expect(hits.scores[r]!).toBeLessThanOrEqual(hits.scores[r - 1]!);
  });

  it('intersects and unites', () => {
    const kenya = new Set(bruteForce('kenya', false));
    const both = engine.search(
      {
        and: [
          { leaf: { term: 'kenya', prefix: false, fuzzy: false } },
          { leaf: { term: 'plastic', prefix: false, fuzzy: false } },
        ],
      },
      FIELD_BOOSTS,
    );
    expect([...both.docs].sort((a, b) => a - b)).toEqual(
      bruteForce('plastic', false).filter((d) => kenya.has(d)),
    );
    const either = engine.search(
      {
        or: [
          { leaf: { term: 'kenya', prefix: false, fuzzy: false } },
          { leaf: { term: 'peru', prefix: false, fuzzy: false } },
        ],
      },
      FIELD_BOOSTS,
    );
    expect(either.docs.length).toBe(new Set([...kenya, ...bruteForce('peru', false)]).size);
  });

  it('finds near spellings within the edit distance', () => {
    const near = engine.fuzzyTerms('plastik', 1).map(([id, d]) => [engine.terms[id], d]);
    expect(near).toContainEqual(['plastic', 1]);
    expect(near.every(([, d]) => (d as number) <= 1)).toBe(true);
  });

  it('checks side-by-side runs on the token streams', () => {
    const doc = streams.findIndex((f) => f[1]!.join(' ').includes('plastic waste'));
    expect(engine.hasRun(doc, 'plasticwaste')).toBe(true);
    expect(engine.hasRun(doc, 'wasteplastic')).toBe(false);
  });

  it('reads its columns back from an index file as they were, counting the same field frequencies', () => {
    const { header, sections } = engineFile(built.toColumns());
    const { columns, fieldDf } = readEngineFile(readSectionFile(writeSectionFile({ ...header }, sections)));
    // Compared column by column as bytes: a deep equality over millions of typed-array elements takes seconds.
    const asComparable = (value: unknown) =>
      ArrayBuffer.isView(value)
        ? [
            value.constructor.name,
            Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
          ]
        : value;
    const expected = built.toColumns();
    expect(Object.keys(columns).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      expect(asComparable(columns[key]), key).toEqual(asComparable(expected[key]));
    }
    expect(fieldDf).toEqual(computeEngineStats(expected).fieldDf);
  });

  it('refuses inconsistent columns, saying what is wrong', () => {
    const { header, sections } = engineFile(built.toColumns());
    const read = (
      change: (s: Map<string, ArrayBufferView>) => void,
      head: Record<string, unknown> = { ...header },
    ) => {
      const map = new Map(sections);
      change(map);
      return () => readEngineFile(readSectionFile(writeSectionFile(head, [...map])));
    };
    expect(read((s) => s.set('postingTf', new Uint8Array(0)))).toThrow(/frequencies do not match/);
    expect(read(() => {}, { ...header, terms: 'b\na' })).toThrow(/sorted/);
    expect(read(() => {}, { ...header, ids: 'x' })).toThrow(/ids/);
    // A truncated postings column ends in the middle of the numbers; one with a stray byte has one too many.
    const docs = sections.find(([n]) => n === 'postingDocs')![1] as Uint8Array;
    expect(read((s) => s.set('postingDocs', docs.subarray(0, docs.length - 1)))).toThrow(RangeError);
    expect(read((s) => s.set('postingDocs', Uint8Array.from([...docs, 1])))).toThrow(/more numbers/);
    expect(read((s) => s.delete('streams'))).toThrow(/no section "streams"/);
    const streamStart = (sections.find(([n]) => n === 'streamStart')![1] as Uint32Array).slice();
    streamStart[1] = streamStart[2]! + 1;
    expect(read((s) => s.set('streamStart', streamStart))).toThrow(/token streams/);
  });
});
