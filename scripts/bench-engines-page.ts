/**
 * The search engines side by side inside the browser (`npm run bench:browser` bundles this file and runs it in
 * Chromium): MiniSearch as the app configures it (our planner on top, the index built, serialised and loaded with
 * `MiniSearch.loadJSONAsync` as the page does), MiniSearch with its default options, the plain scan and Fuse.js,
 * each over the fixed query set on the same corpus. Returns build and query figures; no DOM is touched.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/core/corpus';
import {
  type AliasGroups,
  buildSearchIndex,
  loadSearchIndex,
  searchBriefings,
  serializeSearchIndex,
  tagLabels,
} from '../src/core/search';
import { PlainScan, QUERY_SET, stats, type Stats } from './bench-lib';

export interface PageEngineRun {
  name: string;
  buildMs: number;
  /** The configured index only: loading its serialised form (what the page does). */
  loadMs?: number;
  latency: Stats;
}

/** Runs the query set `reps` times (after one untimed round, so the JIT has seen every query). */
function runQueries(reps: number, search: (q: string) => unknown): Stats {
  for (const { q } of QUERY_SET) search(q);
  const all: number[] = [];
  for (let r = 0; r < reps; r++)
    for (const { q } of QUERY_SET) {
      const start = performance.now();
      search(q);
      all.push(performance.now() - start);
    }
  return stats(all);
}

const timed = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};

async function runEngines(corpusJson: string, aliasGroups: AliasGroups): Promise<PageEngineRun[]> {
  const corpus = JSON.parse(corpusJson) as Corpus;
  const n = corpus.briefings.length;
  const reps = n <= 1_000 ? 20 : n <= 10_000 ? 5 : 2;
  const runs: PageEngineRun[] = [];

  const [built, buildMs] = timed(() => buildSearchIndex(corpus));
  const file = serializeSearchIndex(built, corpus, aliasGroups);
  const loadStart = performance.now();
  const loaded = await loadSearchIndex(file, corpus);
  const loadMs = performance.now() - loadStart;
  if (!loaded.ok) throw new Error(loaded.reason);
  const { index } = loaded.data;
  runs.push({
    name: 'MiniSearch as configured (app)',
    buildMs,
    loadMs,
    latency: runQueries(reps, (q) => searchBriefings(index, corpus, q, loaded.data).ids.length),
  });

  const docs = corpus.briefings.map((b, i) => ({
    id: i,
    title: b.title,
    summary: b.summary,
    tags: tagLabels(b).join(' | '),
  }));
  const [plain, plainMs] = timed(() => {
    const m = new MiniSearch({ fields: ['title', 'summary', 'tags'] });
    m.addAll(docs);
    return m;
  });
  runs.push({
    name: 'MiniSearch 7.2 defaults',
    buildMs: plainMs,
    latency: runQueries(reps, (q) => plain.search(q)),
  });

  const [scan, scanMs] = timed(() => new PlainScan(corpus.briefings));
  runs.push({
    name: 'plain scan',
    buildMs: scanMs,
    latency: runQueries(Math.max(1, reps >> 1), (q) => scan.search(q)),
  });

  const [fuse, fuseMs] = timed(() => new Fuse(docs, { keys: ['title', 'summary', 'tags'] }));
  runs.push({
    name: 'Fuse.js 7.5 (defaults)',
    buildMs: fuseMs,
    latency: runQueries(n <= 1_000 ? 3 : 1, (q) => fuse.search(q)),
  });
  return runs;
}

(globalThis as unknown as { benchEngines: typeof runEngines }).benchEngines = runEngines;
