import { describe, expect, it } from 'vitest';
import type { Correction } from '../corpus';
import { loadSeedCorpus } from '../corpus/__fixtures__/seed-corpus';
import { evaluateCorrections } from './evaluate';

const { briefings } = loadSeedCorpus();
const bosnia = briefings.find((b) => b.title.startsWith('WCO Aids Bosnia'))!;
const at = '2026-03-01T09:00:00Z';

describe('evaluateCorrections (analysts’ corrections as extra gold)', () => {
  it('counts the tagger’s decisions overturned, by kind, and what did not apply', () => {
    const corrections: Correction[] = [
      {
        briefingId: bosnia.id,
        kind: 'countries',
        tagId: 'BIH',
        action: 'remove',
        at,
        note: 'Held in Brussels',
      },
      { briefingId: bosnia.id, kind: 'countries', tagId: 'BEL', action: 'add', at },
      // The tagger already agrees: Europe is there.
      { briefingId: bosnia.id, kind: 'regions', tagId: 'EUR', action: 'add', at },
      { briefingId: 'b0000000000000000', kind: 'themes', tagId: 'general', action: 'remove', at },
    ];
    const result = evaluateCorrections(briefings, corrections);
    expect(result.briefings).toBe(1);
    expect(result.byKind.countries).toEqual({ tagged: bosnia.countries.length, removed: 1, added: 1 });
    expect(result.byKind.regions).toEqual({ tagged: bosnia.regions.length, removed: 0, added: 0 });
    expect(result.byKind.themes).toEqual({ tagged: 0, removed: 0, added: 0 });
    expect(result.alreadySo).toBe(1);
    expect(result.noBriefing).toBe(1);
    expect(result.overturned).toEqual([
      {
        title: bosnia.title,
        kind: 'countries',
        tagId: 'BIH',
        label: 'Bosnia and Herzegovina',
        action: 'remove',
        note: 'Held in Brussels',
      },
      { title: bosnia.title, kind: 'countries', tagId: 'BEL', label: 'BEL', action: 'add' },
    ]);
  });
});
