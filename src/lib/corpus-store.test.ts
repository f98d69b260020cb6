import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeCorpus, toPlainCorpus, type Briefing, type Corpus } from '@/core/corpus';
import { loadSeedCorpus } from '@/core/corpus/__fixtures__/seed-corpus';
import {
  clearStoredCorpus,
  commitStoredCorpus,
  describeWriteError,
  loadStoredCorpus,
  onStoredCorpusChange,
  setStorageOpener,
  type CommitRequest,
} from './corpus-store';
import { untaggedBriefing } from '../test-support/briefing';

const briefing = (i: number): Briefing =>
  untaggedBriefing({ id: `b${i}`, title: `Title ${i}`, summary: `Summary ${i}.` });
const corpusOf = (name: string, briefings: Briefing[]): Corpus => ({
  format: 'briefing-atlas/corpus',
  version: 1,
  name,
  generatedAt: '2026-12-01T00:00:00Z',
  briefings,
  warnings: [],
});
const BUNDLED = corpusOf('bundled', [briefing(0), briefing(1)]);

/** A merge of `incoming` as a tab would ask for it, showing `shown` (the bundled corpus unless said). */
const mergeRequest = (
  name: string,
  incoming: Briefing[],
  shown: CommitRequest['shown'] = { corpus: BUNDLED, generation: null, bundled: true },
): CommitRequest => ({
  shown,
  fallback: () => Promise.resolve(BUNDLED),
  build: (latest) =>
    mergeCorpus(latest, incoming, 'merge', { name, generatedAt: 'now', warnings: [] }).corpus,
});

const ids = (corpus: Corpus | undefined | null) => corpus?.briefings.map((b) => b.id);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  setStorageOpener(null);
});
afterEach(() => setStorageOpener(null));

describe('the kept corpus', () => {
  it('is read back whole, tags and all, after a write', async () => {
    const seed = loadSeedCorpus();
    const kept = await commitStoredCorpus({
      shown: { corpus: BUNDLED, generation: null, bundled: true },
      fallback: () => Promise.resolve(BUNDLED),
      build: () => seed,
    });
    expect(kept).toMatchObject({ generation: 1, problem: null });
    const loaded = await loadStoredCorpus();
    expect(loaded.ok).toBe(true);
    if (!loaded.ok || !loaded.data) throw new Error('nothing loaded');
    expect(loaded.data.generation).toBe(1);
    expect(toPlainCorpus(loaded.data.corpus)).toEqual(JSON.parse(JSON.stringify(seed)));
  });

  it('keeps a corpus of 100,000 briefings and 100,000 warnings, in chunks', async () => {
    const big = corpusOf(
      'big',
      Array.from({ length: 100_000 }, (_, i) => briefing(i)),
    );
    big.warnings = Array.from({ length: 100_000 }, (_, i) => ({
      severity: 'warning' as const,
      code: 'duplicate',
      message: `Duplicate ${i}`,
      file: 'big.txt',
      line: i + 1,
    }));
    const kept = await commitStoredCorpus({
      shown: { corpus: BUNDLED, generation: null, bundled: true },
      fallback: () => Promise.resolve(BUNDLED),
      build: () => big,
    });
    expect(kept.problem).toBeNull();
    const raw = await openDB('briefing-atlas', 1);
    const keys = (await raw.getAllKeys('corpus')).map(String);
    raw.close();
    expect(keys.filter((k) => k.startsWith('chunk:'))).toHaveLength(20);
    const loaded = await loadStoredCorpus();
    if (!loaded.ok || !loaded.data) throw new Error('nothing loaded');
    expect(loaded.data.corpus.briefings).toHaveLength(100_000);
    expect(loaded.data.corpus.briefings[99_999]!.title).toBe('Title 99999');
    expect(loaded.data.corpus.warnings).toHaveLength(100_000);
  }, 120_000);

  it('merges into the latest kept corpus, so a tab that loaded earlier loses nothing', async () => {
    // Tab A imports; tab B still shows the bundled corpus it loaded before, and merges its own file.
    await commitStoredCorpus(mergeRequest('a.txt', [briefing(10), briefing(11)]));
    const b = await commitStoredCorpus(mergeRequest('b.txt', [briefing(20)]));
    expect(ids(b.corpus)).toEqual(['b0', 'b1', 'b10', 'b11', 'b20']);
    expect(b.corpus.name).toBe('bundled + a.txt + b.txt');
    const loaded = await loadStoredCorpus();
    expect(loaded.ok && ids(loaded.data?.corpus)).toEqual(['b0', 'b1', 'b10', 'b11', 'b20']);
  });

  it('loses neither of two merges made at the same time', async () => {
    await Promise.all([
      commitStoredCorpus(mergeRequest('a.txt', [briefing(10)])),
      commitStoredCorpus(mergeRequest('b.txt', [briefing(20)])),
    ]);
    const loaded = await loadStoredCorpus();
    expect(loaded.ok && [...(ids(loaded.data?.corpus) ?? [])].sort()).toEqual(['b0', 'b1', 'b10', 'b20']);
    expect(loaded.ok && loaded.data?.generation).toBe(2);
  });

  it('builds on the bundled corpus after another tab reset it', async () => {
    const first = await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    await clearStoredCorpus();
    // This tab still shows what it kept before the reset.
    const fallback = vi.fn(() => Promise.resolve(BUNDLED));
    const next = await commitStoredCorpus({
      ...mergeRequest('b.txt', [briefing(20)], {
        corpus: first.corpus,
        generation: first.generation,
        bundled: false,
      }),
      fallback,
    });
    expect(fallback).toHaveBeenCalledOnce();
    expect(ids(next.corpus)).toEqual(['b0', 'b1', 'b20']);
    expect(next.generation).toBe(3);
  });

  it('keeps the previous corpus intact when a write fails half-way', async () => {
    await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    const failing = await commitStoredCorpus({
      ...mergeRequest('b.txt', [briefing(20)]),
      // A value storage cannot hold, in the record written last: every chunk before it is already queued.
      build: (latest) => ({ ...latest, name: (() => 'x') as unknown as string }),
    });
    expect(failing.generation).toBeNull();
    expect(failing.problem).toMatch(/could not be kept for next time.*The corpus kept before is unchanged/);
    const loaded = await loadStoredCorpus();
    expect(loaded.ok && ids(loaded.data?.corpus)).toEqual(['b0', 'b1', 'b10']);
    expect(loaded.ok && loaded.data?.generation).toBe(1);
  });

  it('forgets the corpus on reset and never reuses a generation', async () => {
    await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    expect(await clearStoredCorpus()).toEqual({ ok: true, data: null });
    expect(await loadStoredCorpus()).toEqual({ ok: true, data: null });
    const again = await commitStoredCorpus(mergeRequest('b.txt', [briefing(20)]));
    expect(again.generation).toBe(3);
  });

  it('reads a corpus kept by an older version as one record, and replaces it on the next write', async () => {
    const legacy = await openDB('briefing-atlas', 1, {
      upgrade: (db) => void db.createObjectStore('corpus'),
    });
    await legacy.put('corpus', { savedAt: 'then', corpus: corpusOf('old', [briefing(5)]) }, 'current');
    legacy.close();
    const loaded = await loadStoredCorpus();
    expect(loaded.ok && ids(loaded.data?.corpus)).toEqual(['b5']);
    const next = await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    expect(ids(next.corpus)).toEqual(['b5', 'b10']);
    const raw = await openDB('briefing-atlas', 1);
    expect(await raw.get('corpus', 'current')).toBeUndefined();
    raw.close();
  });

  it('says when what is kept is damaged, and does not use it', async () => {
    await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    const raw = await openDB('briefing-atlas', 1);
    await raw.delete('corpus', 'chunk:000000');
    raw.close();
    const loaded = await loadStoredCorpus();
    expect(loaded).toEqual({ ok: false, reason: expect.stringMatching(/damaged.*part 1 is missing/) });
  });

  it('still builds the corpus for this visit when storage cannot be opened', async () => {
    setStorageOpener(() => Promise.reject(new DOMException('no', 'SecurityError')));
    const outcome = await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    expect(ids(outcome.corpus)).toEqual(['b0', 'b1', 'b10']);
    expect(outcome.generation).toBeNull();
    expect(outcome.problem).toMatch(/does not allow storage here/);
  });

  it('does not let an import wait for good on a storage that never opens', async () => {
    vi.useFakeTimers();
    try {
      setStorageOpener(() => new Promise(() => undefined));
      const pending = commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
      await vi.advanceTimersByTimeAsync(4_000);
      const outcome = await pending;
      expect(ids(outcome.corpus)).toEqual(['b0', 'b1', 'b10']);
      expect(outcome.problem).toMatch(/did not answer within 4 seconds/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the other tabs of every write and reset', async () => {
    const heard: number[] = [];
    // Another tab's listener: a channel of its own (the store ignores messages from its own tab).
    const other = new BroadcastChannel('briefing-atlas:corpus');
    other.onmessage = (event: MessageEvent<{ generation: number }>) => heard.push(event.data.generation);
    const unsubscribe = onStoredCorpusChange(() => undefined);
    await commitStoredCorpus(mergeRequest('a.txt', [briefing(10)]));
    await clearStoredCorpus();
    await vi.waitFor(() => expect(heard).toEqual([1, 2]));
    other.close();
    unsubscribe();
  });
});

describe('describeWriteError', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says how much was needed and how much this browser allows, in MB', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ quota: 100 * 2 ** 20, usage: 20 * 2 ** 20 }) },
    });
    const message = await describeWriteError(new DOMException('full', 'QuotaExceededError'), 130 * 2 ** 20);
    expect(message).toBe(
      'The corpus needs about 130 MB of storage, but this browser window can keep at most 100 MB for this page (20 MB already in use), so it could not be kept for next time. The corpus kept before is unchanged.',
    );
  });

  it('reads an aborted write with no room left as storage full', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ quota: 30 * 2 ** 20, usage: 0 }) },
    });
    const message = await describeWriteError(new DOMException('AbortError', 'AbortError'), 45 * 2 ** 20);
    expect(message).toMatch(/needs about 45 MB.*at most 30 MB/);
  });
});
