/**
 * The tags of a whole corpus as numbers, one set of columns per tag kind: a dictionary of the distinct
 * `[id, label]` pairs and, per briefing, the dictionary numbers of its tags (CSR rows). The compact corpus file
 * stores tags this way, so its decoder hands the columns over as they are (`attachTagColumns`) and the facet index
 * (`getCorpusIndex`) is built from them without reading 1.6 million tag objects back at 100,000 briefings; any other
 * corpus gets its columns from its briefings (`tagColumnsOf`).
 */
import type { Briefing, Corpus } from './contract';
import { type TagKind } from './tag-kinds';

export interface TagColumns {
  /** The distinct [id, label] pairs, in order of first appearance. */
  dictionary: readonly (readonly [id: string, label: string])[];
  /** Briefing i's tags are `values[offsets[i] .. offsets[i + 1])` (dictionary numbers, in the briefing's order). */
  offsets: Uint32Array;
  values: Uint32Array;
}

const attached = new WeakMap<Corpus, Partial<Record<TagKind, TagColumns>>>();

/** Records the columns a decoder already has for `corpus` (which must not be changed afterwards). */
export function attachTagColumns(corpus: Corpus, columns: Partial<Record<TagKind, TagColumns>>): void {
  attached.set(corpus, columns);
}

/**
 * The columns of one tag kind: the attached ones when the corpus came from a compact file, else read from the
 * briefings.
 * @example tagColumnsOf(corpus, 'regions').dictionary // → [['EUR', 'Europe'], …]
 */
export function tagColumnsOf(corpus: Corpus, kind: TagKind): TagColumns {
  const ready = attached.get(corpus)?.[kind];
  if (ready && ready.offsets.length === corpus.briefings.length + 1) return ready;
  return columnsFromBriefings(corpus.briefings, kind);
}

const tagKey = (id: string, label: string) => `${id}\u0000${label}`;

/** A tag's number in a column's dictionary, added at the end if it is new. */
function numberOf(
  tag: { id: string; label: string },
  numbers: Map<string, number>,
  dictionary: (readonly [string, string])[],
): number {
  const key = tagKey(tag.id, tag.label);
  let d = numbers.get(key);
  if (d === undefined) {
    d = dictionary.length;
    numbers.set(key, d);
    dictionary.push([tag.id, tag.label]);
  }
  return d;
}

function columnsFromBriefings(briefings: readonly Briefing[], kind: TagKind): TagColumns {
  const dictionary: [string, string][] = [];
  const numbers = new Map<string, number>();
  const offsets = new Uint32Array(briefings.length + 1);
  const values: number[] = [];
  briefings.forEach((b, i) => {
    for (const tag of b[kind]) values.push(numberOf(tag, numbers, dictionary));
    offsets[i + 1] = values.length;
  });
  return { dictionary, offsets, values: Uint32Array.from(values) };
}

/**
 * Gives `next` — `base` with the briefings at the positions in `changed` replaced — columns of its own when `base`
 * came with columns: base's rows, with the changed rows' tags written anew. At 100,000 briefings this copies typed
 * arrays instead of reading every briefing's tags back (`applyCorrections` calls it for a handful of changes).
 */
export function attachPatchedTagColumns(
  base: Corpus,
  next: Corpus,
  changed: ReadonlyMap<number, Briefing>,
): void {
  const ready = attached.get(base);
  if (!ready) return;
  const out: Partial<Record<TagKind, TagColumns>> = {};
  for (const [kind, columns] of Object.entries(ready) as [TagKind, TagColumns][]) {
    if (columns.offsets.length !== base.briefings.length + 1) return;
    const touched = [...changed].some(([i, b]) => b[kind] !== base.briefings[i]![kind]);
    out[kind] = touched ? rewriteRows(columns, changed, kind) : columns;
  }
  attached.set(next, out);
}

function rewriteRows(columns: TagColumns, changed: ReadonlyMap<number, Briefing>, kind: TagKind): TagColumns {
  const dictionary = [...columns.dictionary];
  const numbers = new Map<string, number>();
  dictionary.forEach(([id, label], d) => numbers.set(tagKey(id, label), d));
  const n = columns.offsets.length - 1;
  const offsets = new Uint32Array(n + 1);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = changed.get(i);
    if (b === undefined) {
      for (let k = columns.offsets[i]!; k < columns.offsets[i + 1]!; k++) values.push(columns.values[k]!);
    } else {
      for (const tag of b[kind]) values.push(numberOf(tag, numbers, dictionary));
    }
    offsets[i + 1] = values.length;
  }
  return { dictionary, offsets, values: Uint32Array.from(values) };
}
