import { describe, expect, it } from 'vitest';
import type { Briefing } from '../corpus';
import { hasDatedBriefings, sortResults } from './sort-results';
import { untaggedBriefing } from '../../test-support/briefing';

const briefing = (id: string, title: string, date?: string): Briefing =>
  untaggedBriefing({ id, title, summary: '', ...(date === undefined ? {} : { date }) });

// In relevance order, as deriveView gives it.
const RESULTS = [
  briefing('a', 'customs in Kenya', '2023-05-02'),
  briefing('b', '', '2024-01'),
  briefing('c', 'Border agencies meet', undefined),
  briefing('d', 'Äudit of 10 ports', '2024-01-15'),
  briefing('e', 'audit of 9 ports', '2023-05-02'),
  briefing('f', 'Customs in Kenya', '2022-12-31'),
];
const ids = (list: readonly Briefing[]) => list.map((b) => b.id).join('');

describe('sortResults', () => {
  it.each([
    // Relevance is the list as given: search rank, or corpus order without a query.
    ['relevance', 'abcdef'],
    // A–Z ignoring case and accents, numbers by value; equal titles keep their relevance order; untitled last.
    ['title', 'edcafb'],
    // Newest first, a month-only date below its own days; equal dates keep their order; undated last.
    ['date', 'dbaefc'],
  ] as const)('orders by %s', (sort, expected) => {
    expect(ids(sortResults(RESULTS, sort))).toBe(expected);
  });

  it('returns the same list for relevance and never reorders the one it was given', () => {
    expect(sortResults(RESULTS, 'relevance')).toBe(RESULTS);
    sortResults(RESULTS, 'title');
    expect(ids(RESULTS)).toBe('abcdef');
  });
});

describe('hasDatedBriefings', () => {
  it.each([
    [[], false],
    [[briefing('x', 't')], false],
    [[briefing('x', 't'), briefing('y', 't', '2023-01')], true],
  ])('%#', (list, expected) => {
    expect(hasDatedBriefings(list)).toBe(expected);
  });
});
