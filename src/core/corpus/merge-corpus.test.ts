import { describe, expect, it } from 'vitest';
import { mergeCorpus } from './merge-corpus';
import type { Briefing, Corpus } from './contract';
import { untaggedBriefing } from '../../test-support/briefing';

const b = (id: string): Briefing => untaggedBriefing({ id, title: `T ${id}`, summary: 'S.' });
const current: Corpus = {
  format: 'briefing-atlas/corpus',
  version: 1,
  name: 'Seed',
  generatedAt: 'x',
  briefings: [b('a'), b('b')],
  warnings: [{ severity: 'warning', code: 'duplicate', message: 'old', file: 'seed.txt', line: 3 }],
};
const meta = { name: 'week.csv', generatedAt: '2026-11-28T00:00:00Z', warnings: [] };

describe('mergeCorpus', () => {
  it('merges, removing exact duplicates, keeping the current order first', () => {
    const out = mergeCorpus(current, [b('b'), b('c'), b('c')], 'merge', meta);
    expect(out.corpus.briefings.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(out).toMatchObject({ added: 1, duplicates: 2 });
    expect(out.corpus.name).toBe('Seed + week.csv');
    expect(out.corpus.warnings).toHaveLength(1);
  });

  it('replaces', () => {
    const out = mergeCorpus(current, [b('c'), b('d')], 'replace', meta);
    expect(out.corpus.briefings.map((x) => x.id)).toEqual(['c', 'd']);
    expect(out).toMatchObject({ added: 2, duplicates: 0 });
    expect(out.corpus.name).toBe('week.csv');
    expect(out.corpus.warnings).toEqual([]);
  });

  it('leaves the current corpus untouched', () => {
    mergeCorpus(current, [b('c')], 'merge', meta);
    expect(current.briefings.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
