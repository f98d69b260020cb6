import { describe, expect, it } from 'vitest';
import { corpus, view } from './__fixtures__/five-briefings';
import { deriveView } from './derive-view';
import { summarizeView } from './summarize-view';

describe('summarizeView', () => {
  it('says N of M, the leading themes and regions with counts, the gaps and the filters', () => {
    const derived = deriveView(corpus, view({ regions: ['EUR'] }));
    const sentences = summarizeView(derived, 'Region: Europe');
    expect(sentences[0]).toBe('3 of 5 briefings match the view.');
    expect(sentences).toContain('Leading themes: E-commerce (1), Environment (1) and Security (1).');
    expect(sentences.find((s) => s.startsWith('Leading WCO regions'))).toBe(
      'Leading WCO regions: Europe (3) and Asia/Pacific (1).',
    );
    expect(sentences.find((s) => s.startsWith('Not covered'))).toMatch(/1 of 4 themes \(Origin\)/);
    expect(sentences.at(-1)).toBe('Filters: Region: Europe.');
  });

  it('counts Global apart and says when there are no filters', () => {
    const sentences = summarizeView(deriveView(corpus, view({})), 'All briefings');
    expect(sentences).toContain('Global (worldwide, or no place named): 1 briefing.');
    expect(sentences.at(-1)).toBe('No filters: the whole corpus.');
  });

  it('says plainly when nothing matches', () => {
    const sentences = summarizeView(deriveView(corpus, view({ themes: ['origin'] })), 'Theme: Origin');
    expect(sentences).toEqual([
      '0 of 5 briefings match the view.',
      'No briefing matches: nothing is covered.',
      'Filters: Theme: Origin.',
    ]);
  });
});
