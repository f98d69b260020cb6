/**
 * No input size reaches the call stack: a spread of a long list into a call's arguments, or a recursion as deep as
 * the input, throws "Maximum call stack size exceeded" somewhere past ~100,000 (less in a worker). These feed each
 * reader the sizes real archives bring and check what comes out; they assert outcomes, never times.
 */
import { describe, expect, it } from 'vitest';
import type { Briefing, Corpus } from './contract';
import { decodeCompactCorpus } from './corpus-compact';
import { mergeCorpus } from './merge-corpus';
import { findJsonErrorOffset } from './read-records';
import { readBriefingFiles } from './read-briefings';
import { joinStoredCorpus, splitStoredCorpus } from './stored-corpus';
import { untaggedBriefing } from '../../test-support/briefing';

const encode = (text: string) => new TextEncoder().encode(text);

/** A CSV of `count` good rows (titles made unique by number). */
function csvOf(count: number, from = 0): string {
  const rows = ['title,summary'];
  for (let i = from; i < from + count; i++) rows.push(`Customs brief ${i},Officers met for session ${i}.`);
  return rows.join('\n');
}

const briefing = (i: number): Briefing =>
  untaggedBriefing({ id: `b${i}`, title: `Title ${i}`, summary: `Summary ${i}.` });

describe('reading at scale', { timeout: 120_000 }, () => {
  it('reads 200,000 briefings', () => {
    const { briefings, diagnostics } = readBriefingFiles([
      { name: 'big.csv', bytes: encode(csvOf(200_000)) },
    ]);
    expect(briefings).toHaveLength(200_000);
    expect(briefings[199_999]!.title).toBe('Customs brief 199999');
    expect(diagnostics).toEqual([]);
  });

  it('reports 150,000 warnings, each with its line', () => {
    const rows = ['title,summary', 'A good title,A good summary.'];
    for (let i = 0; i < 150_000; i++) rows.push(',no title here');
    const { briefings, diagnostics } = readBriefingFiles([
      { name: 'bad.csv', bytes: encode(rows.join('\n')) },
    ]);
    expect(briefings).toHaveLength(1);
    expect(diagnostics).toHaveLength(150_000);
    expect(diagnostics[149_999]).toMatchObject({ file: 'bad.csv', line: 150_002, severity: 'warning' });
  });

  it('merges 100,000 duplicates across files, each reported once', () => {
    const bytes = encode(csvOf(100_000));
    const { briefings, diagnostics } = readBriefingFiles([
      { name: 'a.csv', bytes },
      { name: 'b.csv', bytes },
    ]);
    expect(briefings).toHaveLength(100_000);
    expect(diagnostics).toHaveLength(100_000);
    expect(diagnostics.every((d) => d.code === 'duplicate' && d.file === 'b.csv')).toBe(true);
  });

  it('finds where JSON nested 200,000 deep breaks, without recursing', () => {
    const text = `${'['.repeat(200_000)}1,}`;
    expect(findJsonErrorOffset(text)).toBe(200_002);
    expect(findJsonErrorOffset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBe(400_000);
  });
});

describe('merging and keeping at scale', { timeout: 120_000 }, () => {
  const current: Corpus = {
    format: 'briefing-atlas/corpus',
    version: 1,
    name: 'kept',
    generatedAt: 'x',
    briefings: Array.from({ length: 100_000 }, (_, i) => briefing(i)),
    warnings: [],
  };

  it('merges 100,000 briefings into the same 100,000: all duplicates, nothing lost', () => {
    const outcome = mergeCorpus(current, current.briefings, 'merge', {
      name: 'again',
      generatedAt: 'y',
      warnings: Array.from({ length: 100_000 }, (_, i) => ({
        severity: 'warning' as const,
        code: 'duplicate',
        message: 'Duplicate',
        file: 'again.txt',
        line: i + 1,
      })),
    });
    expect(outcome.added).toBe(0);
    expect(outcome.duplicates).toBe(100_000);
    expect(outcome.corpus.briefings).toHaveLength(100_000);
    expect(outcome.corpus.warnings).toHaveLength(100_000);
  });

  it('lays out and reads back a 200,000-briefing corpus for storage', () => {
    const big: Corpus = {
      ...current,
      briefings: Array.from({ length: 200_000 }, (_, i) => briefing(i)),
    };
    const { manifest, chunks } = splitStoredCorpus(big, 1, 'now');
    expect(chunks).toHaveLength(40);
    const joined = joinStoredCorpus(manifest, chunks);
    if (!joined.ok) throw new Error(joined.reason);
    const decoded = decodeCompactCorpus(joined.data);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.data.briefings).toHaveLength(200_000);
    expect(decoded.data.briefings[123_456]!.title).toBe('Title 123456');
  });

  it('refuses a stored corpus with a part missing rather than read it shorter', () => {
    const { manifest, chunks } = splitStoredCorpus(
      { ...current, briefings: current.briefings.slice(0, 12_000) },
      1,
      'now',
    );
    expect(joinStoredCorpus(manifest, chunks.slice(0, 2))).toEqual({
      ok: false,
      reason: '3 parts were written, 2 found',
    });
    expect(joinStoredCorpus(manifest, [chunks[0], undefined, chunks[2]])).toEqual({
      ok: false,
      reason: 'part 2 is missing',
    });
  });
});
