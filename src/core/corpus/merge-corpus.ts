/**
 * Combining an import with the corpus in view: replace it, or merge into it with exact duplicates removed (the
 * same title and summary give the same id, so a duplicate is a repeated id).
 */
import type { Briefing, Corpus, Diagnostic } from './contract';

export type ImportMode = 'replace' | 'merge';

export interface MergeOutcome {
  corpus: Corpus;
  /** Briefings from the import that are now in the corpus. */
  added: number;
  /** Briefings from the import already in the corpus (merge) or repeated within it. */
  duplicates: number;
}

/**
 * Builds the corpus that results from an import.
 * @example mergeCorpus(current, incoming, 'merge', meta).added // → how many were new
 */
export function mergeCorpus(
  current: Corpus,
  incoming: readonly Briefing[],
  mode: ImportMode,
  meta: { name: string; generatedAt: string; warnings: readonly Diagnostic[]; themes?: Corpus['taxonomy'] },
): MergeOutcome {
  const base = mode === 'merge' ? current.briefings : [];
  const seen = new Set(base.map((b) => b.id));
  const briefings = [...base];
  let duplicates = 0;
  for (const b of incoming) {
    if (seen.has(b.id)) {
      duplicates++;
      continue;
    }
    seen.add(b.id);
    briefings.push(b);
  }
  return {
    corpus: {
      format: 'briefing-atlas/corpus',
      version: 1,
      name: mode === 'merge' ? `${current.name} + ${meta.name}` : meta.name,
      generatedAt: meta.generatedAt,
      briefings,
      taxonomy: meta.themes ?? current.taxonomy,
      warnings: [...(mode === 'merge' ? current.warnings : []), ...meta.warnings],
      // The analysts' corrections are about briefings, not about a file: they stay, and apply wherever their
      // briefing is (docs/decisions/018-analyst-corrections.md).
      ...(current.corrections ? { corrections: current.corrections } : {}),
    },
    added: briefings.length - base.length,
    duplicates,
  };
}
