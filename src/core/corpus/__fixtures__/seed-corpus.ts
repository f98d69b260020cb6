/** The seed corpus as the real pipeline reads it (parser + tagger), for tests that need real briefings. */
import type { Corpus } from '../contract';
import { parseBriefingText } from '../parse-text';
import { tagBriefings } from '../../tagging';
import seedText from '../../../../seeds/000_cf43153b14bbf254.txt?raw';

/** Parses and tags the seed file. */
export function loadSeedCorpus(): Corpus {
  const { briefings: raws } = parseBriefingText(seedText, 'seeds/000_cf43153b14bbf254.txt');
  return {
    format: 'briefing-atlas/corpus',
    version: 1,
    name: 'seed',
    generatedAt: '2026-01-01T00:00:00Z',
    briefings: tagBriefings(raws),
    warnings: [],
  };
}
