import { describe, expect, it } from 'vitest';
import type { Briefing, Corpus } from '../corpus';
import {
  SEARCH_INDEX_FINGERPRINT,
  buildSearchIndex,
  buildSearchIndexAsync,
  hasPrefix,
  hasTerm,
  loadSearchIndex,
  serializeSearchIndex,
  termsWithPrefix,
  wordForms,
  warmUpQueries,
} from './search-index';
import { describePartial, findBriefings, searchBriefings, searchOutcome } from './search-briefings';
import { highlightRanges } from './search-highlight';
import { EMPTY_SYNONYMS, buildSynonymTable } from './search-synonyms';
import { suggest } from '../view';
import { TEST_ALIAS_GROUPS } from './__fixtures__/alias-groups';
import { untaggedBriefing } from '../../test-support/briefing';

function briefing(id: string, title: string, summary: string, tags: Partial<Briefing> = {}): Briefing {
  return untaggedBriefing({ id, title, summary, ...tags });
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
    // "zq" is a word of no briefing: no dead end, the briefings with "customs" stand, marked as partial.
    const zq = searchBriefings(buildSearchIndex(corpus), corpus, 'customs zq', { synonyms });
    expect([...zq.ids].sort()).toEqual(search('customs ').sort());
    expect(zq.partial).toEqual({ wanted: ['customs', 'zq'] });
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
      const remote = searchOutcome(corpus, found);
      const local = searchBriefings(index, corpus, q, { synonyms });
      expect(remote.active).toBe(local.active);
      expect(remote.ids).toEqual(local.ids);
      expect(remote.docs).toEqual(local.docs);
      for (const b of corpus.briefings) expect(remote.match(b.id)).toEqual(local.match(b.id));
    },
  );

  it('reads the result on the page without an index (the worker keeps it)', async () => {
    const file = serializeSearchIndex(buildSearchIndex(corpus), corpus, TEST_ALIAS_GROUPS);
    const worker = await loadSearchIndex(file, corpus);
    if (!worker.ok) throw new Error('index not loaded');
    const found = structuredClone(findBriefings(worker.data.index, 'asia pacific', worker.data));
    const outcome = searchOutcome(corpus, found);
    expect([...outcome.ids].sort()).toEqual(['a', 'b']);
    expect(outcome.match('b')?.fields).toEqual(['title']);
  });
});

describe('word forms and partial matches', () => {
  const forms: Corpus = {
    ...corpus,
    briefings: [
      briefing('exact', 'Record seizure at the port', 'Officers made a seizure of timber.'),
      briefing('seized', 'Cocaine seized', 'Smugglers were caught.'),
      briefing('seizing', 'Officers seizing goods', 'Smuggling of ivory.'),
      briefing('other', 'Port workshop', 'Training on risk.'),
    ],
  };
  const index = buildSearchIndex(forms);
  const run = (q: string) => searchBriefings(index, forms, q, noSynonyms);

  it('finds every form of a word, the exact form first', () => {
    const ids = run('seizure').ids;
    expect(ids[0]).toBe('exact');
    expect([...ids].sort()).toEqual(['exact', 'seized', 'seizing']);
    expect([...run('smuggled').ids].sort()).toEqual(['seized', 'seizing']);
  });

  it('marks the form the briefing uses', () => {
    const outcome = run('smuggling');
    const b = forms.briefings[1]!;
    expect(highlightRanges(b.summary, outcome.match('seized')!.terms)).toEqual([[0, 9]]);
    expect(outcome.match('seized')!.fields).toEqual(['summary']);
  });

  it('shows the briefings with most of the words when none has all, and says so', () => {
    const outcome = run('timber smuggling ivory');
    expect(outcome.partial).toEqual({ wanted: ['timber', 'smuggling', 'ivory'] });
    // "seizing" has two of the three words, the others one each.
    expect(outcome.ids[0]).toBe('seizing');
    expect([...outcome.ids].sort()).toEqual(['exact', 'seized', 'seizing']);
    expect(describePartial(outcome.partial!, outcome.ids.length)).toBe(
      'No briefing has all of: timber, smuggling, ivory — 3 have some of them',
    );
    expect(run('seized cocaine').partial).toBeNull();
    expect(run('zzzz qqqq').ids).toEqual([]);
    expect(run('zzzz qqqq').partial).toBeNull();
  });

  it('keeps exclusions out of partial matches', () => {
    expect([...run('timber ivory -cocaine').ids].sort()).toEqual(['exact', 'seizing']);
  });
});

describe('serializeSearchIndex / loadSearchIndex', () => {
  const file = serializeSearchIndex(buildSearchIndex(corpus), corpus, TEST_ALIAS_GROUPS);
  /** The file with its header changed (MiniSearch's part kept). */
  const withHeader = (change: (header: Record<string, unknown>) => Record<string, unknown>) => {
    const parsed = JSON.parse(file) as { briefingAtlas: Record<string, unknown> };
    return JSON.stringify({ ...parsed, briefingAtlas: change(parsed.briefingAtlas) });
  };

  it('is MiniSearch JSON with our header in front', () => {
    const parsed = JSON.parse(file) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 2)).toEqual(['briefingAtlas', 'documentCount']);
    expect(parsed.documentCount).toBe(4);
  });

  it.each([
    ['yielding (a page)', true],
    ['in one pass (a worker)', false],
  ])('round-trips through the file with the same results, loaded %s', async (_, yielding) => {
    const loaded = await loadSearchIndex(file, corpus, { yielding });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const q of ['asia pacific', 'crossborder', 'merc', 'customs -pandemic', 'OIE', 'BiH']) {
      expect(searchBriefings(loaded.data.index, corpus, q, loaded.data).ids).toEqual(search(q));
    }
  });

  it.each([
    ['the binary index of the retired engine', 'BAIX\u0000\u0001', /^Not a Briefing Atlas search index/],
    ['nothing', '', /^Not a Briefing Atlas search index/],
    ['another format', withHeader((h) => ({ ...h, format: 'x' })), /^Not a Briefing Atlas search index/],
    [
      'other options',
      withHeader((h) => ({ ...h, fingerprint: 'v0-deadbeef' })),
      new RegExp(`other options \\(v0-deadbeef, expected ${SEARCH_INDEX_FINGERPRINT}\\)`),
    ],
    ['no synonyms', withHeader((h) => ({ ...h, aliasGroups: 'x' })), /no synonym table/],
    ['a cut-off file', file.slice(0, file.length - 10), /^The search index cannot be read: /],
  ])('refuses %s, saying why', async (_, payload, reason) => {
    const loaded = await loadSearchIndex(payload);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toMatch(reason);
  });

  it('refuses an index of another corpus', async () => {
    const other = { ...corpus, generatedAt: '2027-01-01T00:00:00Z' };
    const loaded = await loadSearchIndex(file, other);
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

  it('holds words, not stems', () => {
    expect(hasTerm(index, 'pandem')).toBe(false);
    expect(termsWithPrefix(index, 'pand').map((t) => t.term)).toEqual(['pandemic']);
  });

  it('finds the other indexed forms of a word through the dictionary, plurals by their fold', () => {
    const c: Corpus = {
      ...corpus,
      briefings: [
        briefing('1', 'Seizures at the port', 'Officers seized timber and seize more.'),
        briefing('2', 'Smugglers caught', 'Smuggling and smuggled ivory; a seizure.'),
      ],
    };
    const forms = buildSearchIndex(c);
    expect(wordForms(forms, 'seizure').sort()).toEqual(['seize', 'seized']);
    expect(wordForms(forms, 'smuggled').sort()).toEqual(['smuggler', 'smuggling']);
    // Short stems gather nothing; a word with no other form has none.
    expect(wordForms(forms, 'port')).toEqual([]);
    expect(wordForms(forms, 'timber')).toEqual([]);
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
