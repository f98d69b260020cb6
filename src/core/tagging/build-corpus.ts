/**
 * The last step of the one path from files to a corpus (decode → parse → de-duplicate → tag): tagging raw
 * briefings into the corpus contract. The command line, the build-time data step and the browser import all call
 * it, so they cannot disagree.
 */
import type { Corpus, Diagnostic, RawBriefing } from '../corpus';
import { tagBriefings } from './tag-briefing';
import { THEMES } from './taxonomy';

export interface BuildCorpusOptions {
  name: string;
  /** ISO timestamp; injected so that tests and golden files are reproducible. */
  generatedAt: string;
}

/**
 * Builds a tagged corpus from raw briefings.
 * @example buildCorpus(raws, [], { name: 'seed', generatedAt: '2026-01-01T00:00:00Z' }).briefings.length
 */
export function buildCorpus(
  raws: readonly RawBriefing[],
  warnings: readonly Diagnostic[],
  options: BuildCorpusOptions,
): Corpus {
  return {
    format: 'briefing-atlas/corpus',
    version: 1,
    name: options.name,
    generatedAt: options.generatedAt,
    briefings: tagBriefings(raws),
    taxonomy: { themes: THEMES.map(({ id, label, group }) => ({ id, label, group })) },
    warnings: [...warnings],
  };
}
