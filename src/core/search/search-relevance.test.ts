/**
 * The relevance suite (issues 4 and 17): every query of `RELEVANCE_CASES` over the seed corpus, and of
 * `WCO_RELEVANCE_CASES` over the seed and the development set of real WCO news, both parsed and tagged by the real
 * pipeline, must return its relevant briefings in the top K and never its excluded ones. Prints precision@K,
 * precision of the whole result list and recall, per query and in total.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, parseBriefingText } from '../corpus';
import { RELEVANCE_CASES, WCO_RELEVANCE_CASES, type RelevanceCase } from './__fixtures__/relevance-queries';
import { loadSeedCorpus } from '../corpus/__fixtures__/seed-corpus';
import { ALIAS_GROUPS, tagBriefings } from '../tagging';
import { type BriefingIndex, buildSearchIndex, loadSearchIndex, serializeSearchIndex } from './search-index';
import { searchBriefings } from './search-briefings';
import type { SynonymTable } from './search-synonyms';

interface Row {
  query: string;
  kind: string;
  k: number;
  hitsAtK: number;
  returned: number;
  relevantReturned: number;
  relevant: number;
  pass: boolean;
}

/** The seed and the tagger's development set of real WCO news (72 items), parsed and tagged by the real pipeline. */
function loadWcoCorpus(): Corpus {
  const seed = loadSeedCorpus();
  const raws = ['africa-mena-global.txt', 'europe-ap-americas.txt'].flatMap((name) => {
    const text = readFileSync(new URL(`../tagging/__dev-set__/${name}`, import.meta.url), 'utf8');
    return parseBriefingText(text, `__dev-set__/${name}`).briefings;
  });
  return { ...seed, name: 'seed + development set', briefings: [...seed.briefings, ...tagBriefings(raws)] };
}

interface Searchable {
  corpus: Corpus;
  index: BriefingIndex;
  synonyms: SynonymTable;
}

let seed: Searchable;
let wco: Searchable;
let synonyms: SynonymTable;
const rows: Row[] = [];

/** The path the app takes: built and serialised with the tagger's alias groups (the data step), loaded (the page). */
async function searchable(corpus: Corpus): Promise<Searchable> {
  const file = serializeSearchIndex(buildSearchIndex(corpus), corpus, ALIAS_GROUPS);
  const loaded = await loadSearchIndex(file, corpus);
  if (!loaded.ok) throw new Error(loaded.reason);
  return { corpus, index: loaded.data.index, synonyms: loaded.data.synonyms };
}

beforeAll(async () => {
  seed = await searchable(loadSeedCorpus());
  wco = await searchable(loadWcoCorpus());
  synonyms = seed.synonyms;
});

function run(
  c: RelevanceCase,
  { corpus, index, synonyms }: Searchable,
): Row & { titles: string[]; partial: boolean } {
  const titleOf = new Map(corpus.briefings.map((b) => [b.id, b.title]));
  const outcome = searchBriefings(index, corpus, c.query, { synonyms });
  const titles = outcome.ids.map((id) => titleOf.get(id) ?? id);
  const k = c.k ?? c.relevant.length;
  const top = titles.slice(0, k);
  const hitsAtK = top.filter((t) => c.relevant.includes(t)).length;
  const relevantReturned = titles.filter((t) => c.relevant.includes(t)).length;
  const never = c.never ?? [];
  const pass =
    hitsAtK === Math.min(k, c.relevant.length) &&
    titles.every((t) => !never.includes(t)) &&
    (c.relevant.length > 0 || titles.length === 0);
  return {
    query: c.query,
    kind: c.kind,
    k,
    hitsAtK,
    returned: titles.length,
    relevantReturned,
    relevant: c.relevant.length,
    pass,
    titles,
    partial: outcome.partial !== null,
  };
}

describe('search relevance over the seed corpus', () => {
  it('reads the seed with the real parser', () => {
    expect(seed.corpus.briefings).toHaveLength(10);
  });

  it('has at least 30 queries', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RELEVANCE_CASES)('$kind: $query', (c) => {
    const { titles, partial, ...row } = run(c, seed);
    rows.push(row);
    // On failure the diff shows what came back.
    expect({ pass: row.pass, returned: titles }).toEqual({ pass: true, returned: titles });
    expect(partial).toBe(false);
  });
});

describe('search relevance over real WCO phrasing (seed and development set)', () => {
  it('reads the development set with the real parser', () => {
    expect(wco.corpus.briefings).toHaveLength(82);
  });

  it('has at least 20 queries', () => {
    expect(WCO_RELEVANCE_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(WCO_RELEVANCE_CASES)('$kind: $query', (c) => {
    const { titles, partial, ...row } = run(c, wco);
    rows.push(row);
    expect({ pass: row.pass, returned: titles.slice(0, 12) }).toEqual({
      pass: true,
      returned: titles.slice(0, 12),
    });
    // Only a query with a word no briefing pairs with the others falls back to partial matches.
    expect(partial).toBe(c.kind === 'missing');
  });
});

afterAll(() => {
  if (rows.length === 0) return;
  const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  const lines = rows.map(
    (r) =>
      `${r.pass ? 'pass' : 'FAIL'}  ${r.kind.padEnd(9)} ${JSON.stringify(r.query).padEnd(42)} P@${String(r.k).padEnd(2)} ${pct(r.hitsAtK, r.k)}  P ${pct(r.relevantReturned, r.returned)}  R ${pct(r.relevantReturned, r.relevant)}`,
  );
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const withRelevant = rows.filter((r) => r.relevant > 0);
  const macro = (f: (r: Row) => number) =>
    withRelevant.reduce((a, r) => a + f(r), 0) / Math.max(1, withRelevant.length);
  const passed = rows.filter((r) => r.pass).length;
  console.log(
    [
      `Search relevance — seed corpus (parsed and tagged by the real pipeline), synonyms: ALIAS_GROUPS (${synonyms.entries.size} keys), index loaded from its serialised form`,
      ...lines,
      `queries passing: ${passed}/${rows.length}`,
      `micro precision@K ${pct(
        sum((r) => r.hitsAtK),
        sum((r) => r.k),
      )}  micro precision ${pct(
        sum((r) => r.relevantReturned),
        sum((r) => r.returned),
      )}  micro recall ${pct(
        sum((r) => r.relevantReturned),
        sum((r) => r.relevant),
      )}`,
      `macro precision@K ${pct(
        macro((r) => r.hitsAtK / r.k),
        1,
      )}  macro precision ${pct(
        macro((r) => (r.returned ? r.relevantReturned / r.returned : 0)),
        1,
      )}  macro recall ${pct(
        macro((r) => r.relevantReturned / r.relevant),
        1,
      )}`,
    ].join('\n'),
  );
});
