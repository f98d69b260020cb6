/**
 * How a corpus is laid out for the browser's storage (decision 017): the compact encoding (corpus-compact.ts), its
 * per-briefing lists and the warnings cut into chunks of a few thousand, so no stored value is larger than a few
 * megabytes whatever the corpus's size (a 45 MB import of 67,500 briefings kept as one structured-cloned record of
 * plain objects was too much for the browser). The store writes a manifest and all its chunks in one transaction,
 * and reads them back in one, so a half-written corpus is never read as whole; `joinStoredCorpus` then hands the
 * compact form to `readCorpusJson`, which checks it from end to end as it would the bundled file.
 */
import type { Corpus, Diagnostic } from './contract';
import { encodeCompactCorpus, type CompactCorpus } from './corpus-compact';

export const STORED_CORPUS_FORMAT = 'briefing-atlas/stored-corpus' as const;
export const STORED_CORPUS_VERSION = 1;

const BRIEFINGS_PER_CHUNK = 5_000;
const WARNINGS_PER_CHUNK = 10_000;

/** The compact corpus without its per-briefing lists and warnings: those are in the chunks. */
type CompactHead = Omit<CompactCorpus, 'ids' | 'titles' | 'summaries' | 'dates' | 'urls' | 'warnings'>;

/** The one record that says what is stored; written last in the transaction that writes the chunks. */
export interface StoredManifest {
  format: typeof STORED_CORPUS_FORMAT;
  version: typeof STORED_CORPUS_VERSION;
  /** Goes up by one with every write, so a tab can tell a newer corpus from the one it shows. */
  generation: number;
  savedAt: string;
  chunks: number;
  briefings: number;
  warnings: number;
  head: CompactHead;
}

/** Briefings [k × 5,000, (k + 1) × 5,000) and warnings [k × 10,000, …) of the corpus. */
export interface StoredChunk {
  ids: string[];
  titles: string[];
  summaries: string[];
  dates: (string | null)[];
  urls: (string | null)[];
  warnings: Diagnostic[];
}

/**
 * Lays a corpus out for storage, with an estimate of the bytes it takes (for a message when storage is full).
 * @example splitStoredCorpus(corpus, 3, now).chunks.length // → ⌈briefings / 5,000⌉ (at least 1)
 */
export function splitStoredCorpus(
  corpus: Corpus,
  generation: number,
  savedAt: string,
): { manifest: StoredManifest; chunks: StoredChunk[]; bytes: number } {
  const { ids, titles, summaries, dates, urls, warnings, ...head } = encodeCompactCorpus(corpus);
  const count = Math.max(
    1,
    Math.ceil(ids.length / BRIEFINGS_PER_CHUNK),
    Math.ceil(warnings.length / WARNINGS_PER_CHUNK),
  );
  const chunks: StoredChunk[] = [];
  for (let k = 0; k < count; k++) {
    const from = k * BRIEFINGS_PER_CHUNK;
    const to = from + BRIEFINGS_PER_CHUNK;
    chunks.push({
      ids: ids.slice(from, to),
      titles: titles.slice(from, to),
      summaries: summaries.slice(from, to),
      dates: dates.slice(from, to),
      urls: urls.slice(from, to),
      warnings: warnings.slice(k * WARNINGS_PER_CHUNK, (k + 1) * WARNINGS_PER_CHUNK),
    });
  }
  let bytes = head.stream.length + JSON.stringify(head.values).length;
  for (let i = 0; i < ids.length; i++)
    bytes +=
      ids[i]!.length +
      titles[i]!.length +
      summaries[i]!.length +
      (dates[i]?.length ?? 0) +
      (urls[i]?.length ?? 0);
  for (const w of warnings) bytes += w.message.length + w.file.length + w.code.length + 16;
  return {
    manifest: {
      format: STORED_CORPUS_FORMAT,
      version: STORED_CORPUS_VERSION,
      generation,
      savedAt,
      chunks: count,
      briefings: ids.length,
      warnings: warnings.length,
      head,
    },
    chunks,
    bytes,
  };
}

/** Whether a stored value is a manifest this version can read. */
export function isStoredManifest(value: unknown): value is StoredManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<StoredManifest>;
  return (
    m.format === STORED_CORPUS_FORMAT &&
    m.version === STORED_CORPUS_VERSION &&
    Number.isInteger(m.generation) &&
    Number.isInteger(m.chunks) &&
    typeof m.head === 'object' &&
    m.head !== null
  );
}

const appendAll = <T>(target: T[], items: unknown, what: string): void => {
  if (!Array.isArray(items)) throw new TypeError(`${what}: expected a list`);
  // One by one: a spread of a long list into push() would put every item on the call stack.
  for (const item of items as T[]) target.push(item);
};

/**
 * Puts a manifest and its chunks back together as a compact corpus, to be checked by `readCorpusJson`; a missing
 * or misshapen chunk is a clear failure, never a shorter corpus.
 * @example await readCorpusJson(joinStoredCorpus(manifest, chunks).data)
 */
export function joinStoredCorpus(
  manifest: StoredManifest,
  chunks: readonly unknown[],
): { ok: true; data: CompactCorpus } | { ok: false; reason: string } {
  if (chunks.length !== manifest.chunks)
    return { ok: false, reason: `${manifest.chunks} parts were written, ${chunks.length} found` };
  const joined: CompactCorpus = {
    ...manifest.head,
    ids: [],
    titles: [],
    summaries: [],
    dates: [],
    urls: [],
    warnings: [],
  };
  try {
    chunks.forEach((chunk, k) => {
      if (typeof chunk !== 'object' || chunk === null) throw new TypeError(`part ${k + 1} is missing`);
      const c = chunk as Partial<StoredChunk>;
      appendAll(joined.ids, c.ids, `part ${k + 1} ids`);
      appendAll(joined.titles, c.titles, `part ${k + 1} titles`);
      appendAll(joined.summaries, c.summaries, `part ${k + 1} summaries`);
      appendAll(joined.dates, c.dates, `part ${k + 1} dates`);
      appendAll(joined.urls, c.urls, `part ${k + 1} urls`);
      appendAll(joined.warnings, c.warnings, `part ${k + 1} warnings`);
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (joined.ids.length !== manifest.briefings)
    return { ok: false, reason: `${manifest.briefings} briefings were written, ${joined.ids.length} found` };
  return { ok: true, data: joined };
}
