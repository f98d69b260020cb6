import { describe, expect, it } from 'vitest';
import type { Briefing, Corpus } from '../corpus';
import {
  SEARCH_INDEX_FINGERPRINT,
  buildSearchIndex,
  buildSearchIndexAsync,
  copyDecodedIndex,
  decodeSearchIndex,
  decodedIndexBuffers,
  decodedSearchIndex,
  hasPrefix,
  hasTerm,
  loadSearchIndex,
  openSearchIndex,
  serializeSearchIndex,
  termsWithPrefix,
  warmUpQueries,
} from './search-index';
import { findBriefings, searchBriefings, searchOutcome } from './search-briefings';
import { readSectionFile, writeSectionFile } from './section-file';
import { highlightRanges } from './search-highlight';
import { EMPTY_SYNONYMS, buildSynonymTable } from './search-synonyms';
import { suggest } from '../view';
import { TEST_ALIAS_GROUPS } from './__fixtures__/alias-groups';

function briefing(id: string, title: string, summary: string, tags: Partial<Briefing> = {}): Briefing {
  return {
    id,
    title,
    summary,
    themes: [],
    regions: [],
    countries: [],
    programmes: [],
    organizations: [],
    instruments: [],
    people: [],
    funders: [],
    mentions: [],
    ...tags,
  };
}

const tag = (id: string, label: string) => ({ id, label, evidence: [] });

const corpus: Corpus = {
  format: 'briefing-atlas/corpus',
  version: 1,
  name: 'test',
  generatedAt: '2026-01-01T00:00:00Z',
  warnings: [],
  briefings: [
    briefing('a', 'Asia Pacific customs meet', 'Officers from the Asia Pacific region met in Bangkok.', {
      regions: [tag('asia-pacific', 'Asia/Pacific')],
    }),
    briefing('b', 'Asiapacific Ecommerce rules', 'New rules for e-commerce parcels.'),
    briefing('c', 'Crossborder trade with the OIE', 'Animal health and cross border trade.', {
      organizations: [tag('woah', 'World Organisation for Animal Health')],
    }),
    briefing('d', 'Pandemic response', 'Customs kept cargo moving during the pandemic.', {
      countries: [tag('BA', 'Bosnia and Herzegovina')],
      programmes: [tag('mercator', 'Mercator Programme')],
    }),
  ],
};

const synonyms = buildSynonymTable(TEST_ALIAS_GROUPS);
const search = (q: string) => searchBriefings(buildSearchIndex(corpus), corpus, q, { synonyms }).ids;
const noSynonyms = { synonyms: EMPTY_SYNONYMS };

describe('buildSearchIndex / searchBriefings', () => {
  it.each([
    ['Asia Pacific', ['a', 'b']],
    ['asiapacific', ['a', 'b']],
    ['asia-pacific', ['a', 'b']],
    ['e-commerce', ['b']],
    ['crossborder', ['c']],
    ['cross-border', ['c']],
    ['OIE', ['c']],
    ['WOAH', ['c']],
    ['BiH', ['d']],
    ['customs -pandemic', ['a']],
    ['"pacific region"', ['a']],
    ['"region pacific"', []],
    ['merc', ['d']],
  ])('%s → %j', (q, ids) => {
    expect([...search(q)].sort()).toEqual(ids);
  });

  it('ignores a one- or two-letter word still being typed, unless it is a word of the corpus', () => {
    expect(search('customs pa').sort()).toEqual(search('customs ').sort());
    expect(search('customs zq')).toEqual([]);
    expect(search('BiH')).toEqual(['d']);
  });

  it('ranks a title match above a summary match', () => {
    expect(search('ecommerce')[0]).toBe('b');
  });

  it('does not split a word into halves that are not side by side', () => {
    const c: Corpus = { ...corpus, briefings: [briefing('x', 'Border', 'Cross words.')] };
    expect(searchBriefings(buildSearchIndex(c), c, 'crossborder', noSynonyms).ids).toEqual([]);
  });

  it('an empty query narrows nothing', () => {
    const r = searchBriefings(buildSearchIndex(corpus), corpus, '  ', noSynonyms);
    expect(r.active).toBe(false);
    expect(r.ids).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reports the fields and terms that matched', () => {
    const r = searchBriefings(buildSearchIndex(corpus), corpus, 'asiapacific', { synonyms });
    const b = r.match('b')!;
    expect(b.fields).toEqual(['title']);
    expect(highlightRanges(corpus.briefings[1]!.title, b.terms)).toEqual([[0, 11]]);
    const a = r.match('a')!;
    expect(highlightRanges(corpus.briefings[0]!.title, a.terms)).toEqual([[0, 12]]);
  });

  it('splits a joined word only into halves of three letters or more, unless the query typed the parts', () => {
    const c: Corpus = {
      ...corpus,
      briefings: [
        briefing('t', 'Tax id rules', 'A tax id for every trader.'),
        briefing('w', 'Wild life', 'Wild life at the border.'),
        briefing('u', 'Tax rules', 'Every id is checked.'),
      ],
    };
    const ids = (q: string) => searchBriefings(buildSearchIndex(c), c, q, noSynonyms).ids.sort();
    // "wildlife" → "wild" + "life", found side by side.
    expect(ids('wildlife')).toEqual(['w']);
    // "taxid" would need the two-letter half "id": not guessed…
    expect(ids('taxid')).toEqual([]);
    // …but typed as parts it is the user's own split.
    expect(ids('tax-id')).toEqual(['t']);
  });

  it('builds the same index asynchronously', async () => {
    const index = await buildSearchIndexAsync(corpus, 1);
    expect(searchBriefings(index, corpus, 'asiapacific', noSynonyms).ids.sort()).toEqual(['a', 'b']);
  });
});

describe('findBriefings / searchOutcome (a search run in a worker, read on the page)', () => {
  it.each(['asiapacific', 'customs -pandemic', '"pacific region"', 'merc', '-pandemic', 'BiH', '  '])(
    '%j: what crosses the thread boundary reads the same as a search on the page',
    (q) => {
      const index = buildSearchIndex(corpus);
      // structuredClone is what postMessage does to the found result.
      const found = structuredClone(findBriefings(index, q, { synonyms }));
      const remote = searchOutcome(index, corpus, found);
      const local = searchBriefings(index, corpus, q, { synonyms });
      expect(remote.active).toBe(local.active);
      expect(remote.ids).toEqual(local.ids);
      expect(remote.docs).toEqual(local.docs);
      for (const b of corpus.briefings) expect(remote.match(b.id)).toEqual(local.match(b.id));
    },
  );

  it('reads the result on a copy of the index (the page keeps its own)', () => {
    const file = serializeSearchIndex(buildSearchIndex(corpus), corpus, TEST_ALIAS_GROUPS);
    const [worker, page] = [loadSearchIndex(file, corpus), loadSearchIndex(file, corpus)];
    if (!worker.ok || !page.ok) throw new Error('index not loaded');
    const found = structuredClone(findBriefings(worker.data.index, 'asia pacific', worker.data));
    const outcome = searchOutcome(page.data.index, corpus, found);
    expect([...outcome.ids].sort()).toEqual(['a', 'b']);
    expect(outcome.match('b')?.fields).toEqual(['title']);
  });
});

describe('serializeSearchIndex / loadSearchIndex', () => {
  const file = serializeSearchIndex(buildSearchIndex(corpus), corpus, TEST_ALIAS_GROUPS);
  /** The file with its header changed (its sections kept). */
  const withHeader = (change: (header: Record<string, unknown>) => Record<string, unknown>) => {
    const { header } = readSectionFile(file);
    const sections = (header.sections as [string, number, number][]).map(
      ([name]) => [name, readSectionFile(file).bytes(name)] as const,
    );
    const { sections: _, ...rest } = header;
    return writeSectionFile(change(rest), sections);
  };

  it('round-trips through the file with the same results', () => {
    const loaded = loadSearchIndex(file, corpus);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const q of ['asia pacific', 'crossborder', 'merc', 'customs -pandemic', 'OIE', 'BiH']) {
      expect(searchBriefings(loaded.data.index, corpus, q, loaded.data).ids).toEqual(search(q));
    }
  });

  it('accepts the file as an ArrayBuffer (what fetch gives) and as a view into a larger buffer', () => {
    expect(loadSearchIndex(file.slice().buffer).ok).toBe(true);
    const shifted = new Uint8Array(file.length + 3);
    shifted.set(file, 3);
    expect(loadSearchIndex(shifted.subarray(3)).ok).toBe(true);
  });

  it.each([
    [
      'JSON (the old format)',
      new TextEncoder().encode('{"format":"briefing-atlas/search-index"}'),
      /^Not a Briefing Atlas search index/,
    ],
    ['nothing', new Uint8Array(0), /^Not a Briefing Atlas search index/],
    ['another format', withHeader((h) => ({ ...h, format: 'x' })), /^Not a Briefing Atlas search index/],
    [
      'other options',
      withHeader((h) => ({ ...h, fingerprint: 'v0-deadbeef' })),
      new RegExp(`other options \\(v0-deadbeef, expected ${SEARCH_INDEX_FINGERPRINT}\\)`),
    ],
    ['no synonyms', withHeader((h) => ({ ...h, aliasGroups: 'x' })), /no synonym table/],
    [
      'a cut-off file',
      file.subarray(0, file.length - 10),
      /cannot be read: The file ends inside its section/,
    ],
  ])('refuses %s, saying why', (_, payload, reason) => {
    const loaded = loadSearchIndex(payload);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toMatch(reason);
  });

  it('sends a built index in decoded form that opens, once cloned, to the same results as the file', () => {
    const index = buildSearchIndex(corpus);
    const sent = structuredClone(decodedSearchIndex(index, corpus, TEST_ALIAS_GROUPS));
    const opened = openSearchIndex(sent, corpus);
    const fromFile = loadSearchIndex(file, corpus);
    if (!opened.ok || !fromFile.ok) throw new Error('index not opened');
    for (const q of ['asia pacific', 'crossborder', 'merc', 'customs -pandemic', 'OIE', 'BiH'])
      expect(searchBriefings(opened.data.index, corpus, q, opened.data).ids).toEqual(
        searchBriefings(fromFile.data.index, corpus, q, fromFile.data).ids,
      );
    expect(openSearchIndex(sent, { ...corpus, generatedAt: '2027-01-01T00:00:00Z' }).ok).toBe(false);
  });

  it('copies a decoded index into buffers of its own, and lists every buffer to transfer once', () => {
    const decoded = decodeSearchIndex(file);
    if (!decoded.ok) throw new Error(decoded.reason);
    const copy = copyDecodedIndex(decoded.data);
    expect(copy).toEqual(decoded.data);
    const original = new Set(decodedIndexBuffers(decoded.data));
    const copied = decodedIndexBuffers(copy);
    // The original's columns are views into the file's one buffer (plus the decoded postings and the weights);
    // the copy's eleven typed arrays each have their own.
    expect(copied).toHaveLength(11);
    for (const buffer of copied) expect(original.has(buffer)).toBe(false);
  });

  it('refuses an index of another corpus', () => {
    const other = { ...corpus, generatedAt: '2027-01-01T00:00:00Z' };
    const loaded = loadSearchIndex(file, other);
    expect(loaded).toEqual({ ok: false, reason: 'The search index was built from another corpus.' });
  });
});

describe('term dictionary access (MiniSearch internals, pinned version)', () => {
  const index = buildSearchIndex(corpus);
  it('checks terms and prefixes', () => {
    expect(hasTerm(index, 'asiapacific')).toBe(true);
    expect(hasTerm(index, 'asiapac')).toBe(false);
    expect(hasPrefix(index, 'asiapac')).toBe(true);
    expect(hasPrefix(index, 'zzz')).toBe(false);
    expect(termsWithPrefix(index, 'pandemic')).toEqual([{ term: 'pandemic', documents: 1 }]);
  });
});

describe('warmUpQueries', () => {
  it('types the two commonest words of five letters or more, as an analyst starts a search', () => {
    const c: Corpus = {
      ...corpus,
      briefings: [
        briefing('1', 'Customs risk', 'Customs officers and risk officers.'),
        briefing('2', 'Customs officers', 'Risk of seizures.'),
        briefing('3', 'Customs', 'Border officers.'),
      ],
    };
    // "custom" (folded) in all three, "officer" in three, "risk" is too short; ties keep index order.
    expect(warmUpQueries(buildSearchIndex(c))).toEqual([
      'cus',
      'cust',
      'custom',
      'custom off',
      'custom officer',
    ]);
  });

  it('asks nothing of an index without such words', () => {
    const c: Corpus = { ...corpus, briefings: [briefing('1', 'Tax', 'A tax id.')] };
    expect(warmUpQueries(buildSearchIndex(c))).toEqual([]);
  });
});

describe('suggest', () => {
  const index = buildSearchIndex(corpus);
  it('offers tag values with their kind, then corpus words', () => {
    const s = suggest(index, corpus, 'customs herz');
    expect(s[0]).toMatchObject({
      kind: 'countries',
      label: 'Bosnia and Herzegovina',
      value: 'customs "Bosnia and Herzegovina"',
      tagId: 'BA',
    });
  });

  it('lets a label take over the trailing words it contains', () => {
    expect(suggest(index, corpus, 'customs mercator prog')[0]).toMatchObject({
      kind: 'programmes',
      value: 'customs "Mercator Programme"',
    });
  });

  it('completes words from the index', () => {
    expect(suggest(index, corpus, 'pand').map((s) => [s.kind, s.label, s.value])).toEqual([
      ['term', 'pandemic', 'pandemic'],
    ]);
  });

  it('waits for two letters and a word being typed', () => {
    expect(suggest(index, corpus, 'p')).toEqual([]);
    expect(suggest(index, corpus, 'pand ')).toEqual([]);
  });
});

describe('buildSynonymTable', () => {
  it('makes every member stand for every other', () => {
    const table = buildSynonymTable([['OIE', 'WOAH', 'World Organisation for Animal Health']]);
    expect(table.entries.get('oie')).toEqual([
      ['woah'],
      ['world', 'organisation', 'for', 'animal', 'health'],
    ]);
    expect(table.entries.get('world organisation for animal health')).toEqual([['oie'], ['woah']]);
    expect(table.maxWords).toBe(5);
  });

  it('merges groups that share a member', () => {
    const table = buildSynonymTable([
      ['AI', 'artificial intelligence'],
      ['AI', 'Avian Influenza'],
    ]);
    expect(table.entries.get('ai')).toEqual([
      ['artificial', 'intelligence'],
      ['avian', 'influenza'],
    ]);
  });
});

describe('highlightRanges', () => {
  it.each([
    ['Cross-Border E-Commerce', ['crossborder'], [[0, 12]]],
    [
      'Cross-Border E-Commerce',
      ['ecommerce', 'crossborder'],
      [
        [0, 12],
        [13, 23],
      ],
    ],
    ['the Asia Pacific region', ['asiapacific'], [[4, 16]]],
    [
      'KOSÓVO and Kosovar',
      ['kosovo', 'kosovar'],
      [
        [0, 6],
        [11, 18],
      ],
    ],
    ['Multilateral Environmental Agreements (MEAs)', ['mea'], [[39, 43]]],
    ['nothing here', ['absent'], []],
    ['', ['x'], []],
  ])('%s with %j', (text, terms, ranges) => {
    expect(highlightRanges(text, terms)).toEqual(ranges);
  });
});
