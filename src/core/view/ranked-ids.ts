/**
 * Search results as `deriveView` takes them, and how to tell two of them apart.
 */
import type { Corpus } from '../corpus';

/**
 * An ordered set of briefing ids that also carries their positions in `corpus.briefings`, so 100,000 results are
 * counted without 100,000 id look-ups. It is a `ReadonlySet<string>`, so it goes wherever a Set of ids does.
 * @example deriveView(corpus, state, new RankedIds(corpus, outcome.ids, outcome.docs))
 */
export class RankedIds implements ReadonlySet<string> {
  private lookup: Set<string> | null = null;
  private idList: readonly string[] | null;

  /** `positions[r]` is the position in `corpus.briefings` of `ids[r]`; without `ids`, they are read from it. */
  constructor(
    readonly corpus: Corpus,
    ids: readonly string[] | null,
    readonly positions: Uint32Array,
  ) {
    this.idList = ids;
  }

  /** The ids in rank order (made from the positions on first use: deriveView never needs them). */
  get ids(): readonly string[] {
    if (!this.idList) {
      const list = new Array<string>(this.positions.length);
      for (let r = 0; r < list.length; r++) list[r] = this.corpus.briefings[this.positions[r]!]!.id;
      this.idList = list;
    }
    return this.idList;
  }

  get size(): number {
    return this.positions.length;
  }

  has(id: string): boolean {
    this.lookup ??= new Set(this.ids);
    return this.lookup.has(id);
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.ids) callback.call(thisArg, id, id, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.ids) yield [id, id];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    yield* this.ids;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/** Whether two search results hold the same briefings in the same order (null: no search). */
export function sameRanking(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  if (a instanceof RankedIds && b instanceof RankedIds && a.corpus === b.corpus) {
    const p = a.positions;
    const q = b.positions;
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return false;
    return true;
  }
  const other = b.values();
  for (const id of a) if (other.next().value !== id) return false;
  return true;
}
