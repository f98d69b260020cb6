/**
 * The search engine under `search-index.ts`: an inverted index in typed arrays, sized for 100,000 briefings in one
 * browser tab (docs/decisions/008-scale-to-100k.md).
 *
 * - Terms: one sorted array, so a prefix is a binary-searched range and typo tolerance walks the sorted list like a
 *   trie (rows of the edit-distance table are reused across a shared prefix; a hopeless prefix skips its range).
 * - Postings: per term, the briefings (ascending) and one byte of term frequencies per field (title, summary, tags).
 *   Scoring is MiniSearch's BM25+ with its prefix and fuzzy weights and its "quality" factor (score × query terms
 *   matched), so ranking reads the same as before; the work is done on typed arrays, not on Maps of objects.
 * - Token streams: per briefing, the folded parts of each field as term numbers, for the side-by-side checks of
 *   phrases and compounds (`hasRun`), so a phrase never re-reads a briefing's text.
 *
 * Nothing here knows about the query syntax; `search-briefings.ts` plans queries into `QueryExpr` trees.
 */
import { ByteWriter } from '../corpus';
import { forEachIndexTerm } from './normalize';
import type { SectionFile } from './section-file';

/** Fields in the order their frequencies are packed: title, summary, tags. */

/** One leaf of a query: a term, exactly, or also as a prefix, or also within an edit distance. */
export interface QueryLeaf {
  term: string;
  prefix: boolean;
  /** false, a fraction of the term length (rounded, capped at `MAX_FUZZY`), or a distance of 1 or more. */
  fuzzy: number | false;
}
export type QueryExpr = { leaf: QueryLeaf } | { and: QueryExpr[] } | { or: QueryExpr[] };

export const MAX_FUZZY = 2;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Packed term frequency: title in bits 0–1, summary in bits 2–5, tags in bits 6–7 (each capped). */
const TF_SHIFT = [0, 2, 6] as const;
const TF_MASK = [3, 15, 3] as const;
/** Token stream value between fields and between tag labels: a run never crosses it. */
const BREAK = 0;

/** What the engine indexes for one briefing. */
export interface EngineDocument {
  id: string;
  title: string;
  summary: string;
  /** Tag labels, each its own stretch of text. */
  tags: readonly string[];
}

export interface SearchHits {
  /** Briefing numbers (positions in the indexed order), best first. */
  docs: Uint32Array;
  scores: Float64Array;
  /** Per hit: bit i set when leaf term `leafTerms[i]` matched (the first 32 leaf terms). */
  masks: Uint32Array;
  leafTerms: string[];
  /** Per leaf term: the index terms it reached (itself, its prefix completions, its near spellings). */
  derived: Map<string, number[]>;
}

interface Part {
  docs: Uint32Array;
  scores: Float64Array;
  masks: Uint32Array;
}

const EMPTY_PART: Part = { docs: new Uint32Array(0), scores: new Float64Array(0), masks: new Uint32Array(0) };

/** A growable Uint32Array. */
class U32List {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

class U8List {
  data = new Uint8Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

/** The columns an index is made of; what is serialised. */
export interface EngineColumns {
  ids: string[];
  /** Sorted (UTF-16 code unit order), unique. */
  terms: string[];
  /** terms.length + 1 offsets into postingDocs / postingTf. */
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  postingTf: Uint8Array;
  /** Per briefing and field (n × 3): number of distinct terms. */
  fieldLength: Uint16Array;
  /** n + 1 byte offsets into `streams`. */
  streamStart: Uint32Array;
  /**
   * Varints: stream code + 1, or 0 between fields and tag labels. Codes number the terms by how often they occur
   * in the streams, so the common words take one byte.
   */
  streams: Uint8Array;
  /** Term number of each stream code. */
  streamTerms: Uint32Array;
}

/**
 * Adds briefings one at a time (so a caller can yield between chunks) and assembles the columns at the end.
 * @example const b = new EngineBuilder(); b.add(doc); const index = b.finish();
 */
export class EngineBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly termStrings: string[] = [];
  private readonly ids: string[] = [];
  private readonly pairTerm = new U32List();
  private readonly pairTf = new U8List();
  private readonly pairCount = new U32List();
  private readonly lengths = new U32List();
  private readonly stream = new U32List();
  private readonly streamEnd = new U32List();
  private readonly seenIds = new Set<string>();

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termStrings.length;
      this.termIds.set(term, id);
      this.termStrings.push(term);
    }
    return id;
  }

  add(doc: EngineDocument): void {
    if (this.seenIds.has(doc.id)) throw new Error(`Duplicate briefing id in the search index: ${doc.id}`);
    this.seenIds.add(doc.id);
    this.ids.push(doc.id);
    // term → frequencies, 8 bits a field (saturating), packed into one number.
    const counts = new Map<number, number>();
    const fieldTerms = [0, 0, 0];
    const addText = (field: number, text: string) => {
      forEachIndexTerm(
        text,
        (term) => {
          const id = this.idOf(term);
          const c = counts.get(id) ?? 0;
          const f = (c >> (field * 8)) & 0xff;
          if (f === 0) fieldTerms[field]!++;
          if (f < 0xff) counts.set(id, c + (1 << (field * 8)));
        },
        (folded) => this.stream.push(this.idOf(folded) + 1),
      );
    };
    addText(0, doc.title);
    this.stream.push(BREAK);
    addText(1, doc.summary);
    for (const label of doc.tags) {
      this.stream.push(BREAK);
      addText(2, label);
    }
    this.streamEnd.push(this.stream.length);
    for (const [id, c] of counts) {
      this.pairTerm.push(id);
      let packed = 0;
      for (let f = 0; f < 3; f++) packed |= Math.min((c >> (f * 8)) & 0xff, TF_MASK[f]!) << TF_SHIFT[f]!;
      this.pairTf.push(packed);
    }
    this.pairCount.push(counts.size);
    for (const n of fieldTerms) this.lengths.push(Math.min(n, 0xffff));
  }

  finish(): SearchEngine {
    const t = this.termStrings.length;
    const order = Array.from({ length: t }, (_, i) => i).sort((a, b) => {
      const x = this.termStrings[a]!;
      const y = this.termStrings[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const finalId = new Uint32Array(t);
    order.forEach((temp, final) => (finalId[temp] = final));
    const terms = order.map((temp) => this.termStrings[temp]!);

    const postingStart = new Uint32Array(t + 1);
    const pairs = this.pairTerm.length;
    for (let p = 0; p < pairs; p++) postingStart[finalId[this.pairTerm.data[p]!]! + 1]!++;
    for (let i = 0; i < t; i++) postingStart[i + 1]! += postingStart[i]!;
    const fill = postingStart.slice(0, t);
    const postingDocs = new Uint32Array(pairs);
    const postingTf = new Uint8Array(pairs);
    let p = 0;
    for (let doc = 0; doc < this.pairCount.length; doc++) {
      for (let k = 0; k < this.pairCount.data[doc]!; k++, p++) {
        const id = finalId[this.pairTerm.data[p]!]!;
        const at = fill[id]!++;
        postingDocs[at] = doc;
        postingTf[at] = this.pairTf.data[p]!;
      }
    }

    // Stream codes: the most frequent folded parts first, so that most tokens take one byte.
    const occurrences = new Uint32Array(t);
    for (let i = 0; i < this.stream.length; i++) {
      const v = this.stream.data[i]!;
      if (v !== BREAK) occurrences[v - 1]!++;
    }
    const byFrequency = Array.from({ length: t }, (_, i) => i)
      .filter((temp) => occurrences[temp]! > 0)
      .sort((a, b) => occurrences[b]! - occurrences[a]! || finalId[a]! - finalId[b]!);
    const codeOf = new Uint32Array(t);
    const streamTerms = new Uint32Array(byFrequency.length);
    byFrequency.forEach((temp, code) => {
      codeOf[temp] = code;
      streamTerms[code] = finalId[temp]!;
    });
    const w = new ByteWriter();
    const streamStart = new Uint32Array(this.ids.length + 1);
    let s = 0;
    for (let doc = 0; doc < this.ids.length; doc++) {
      const end = this.streamEnd.data[doc]!;
      for (; s < end; s++) {
        const v = this.stream.data[s]!;
        w.varint(v === BREAK ? BREAK : codeOf[v - 1]! + 1);
      }
      streamStart[doc + 1] = w.length;
    }
    return new SearchEngine({
      ids: this.ids,
      terms,
      postingStart,
      postingDocs,
      postingTf,
      fieldLength: Uint16Array.from(this.lengths.data.subarray(0, this.lengths.length)),
      streamStart,
      streams: w.finish(),
      streamTerms,
    });
  }
}

/**
 * Upper bound of the range of sorted `terms` starting with `prefix`, searching from `from`.
 */
function prefixEnd(terms: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = terms.length;
  const bound = prefix + '\uffff';
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Compiled side-by-side target: per offset into it, the stream codes (+1) that continue it, with their lengths; the
 * first step also as two short arrays, since every token of a briefing is checked against it (a Map look-up per
 * token was most of a search for a word that also splits into two indexed words, "kenya" = "ke" + "nya").
 */
interface RunSteps {
  steps: Map<number, number>[];
  firstCodes: Uint32Array;
  firstLengths: Uint32Array;
}

/** What the engine derives from its columns once: ~100 ms at 100,000 briefings, so a worker can do it. */
export interface EngineStats {
  /** Per term and field: briefings with the term in that field. */
  fieldDf: Uint32Array;
  /** Per term and field: BM25 inverse document frequency. */
  idf: Float32Array;
  /** Per briefing and field: k·(1 − b + b·length/average), BM25's length norm. */
  norm: Float32Array;
  /** Stream code + 1 of each term (0: never in a stream). */
  streamCode: Uint32Array;
}

/**
 * Counts term `id`'s briefings per field into `fieldDf` from the frequency bits of its postings `start..end`. The
 * three fields' bits spelt out, counted in locals: this runs once per posting (13 million at 100,000 briefings),
 * and a loop over the fields with table look-ups took twice as long.
 */
function countTermFields(
  postingTf: Uint8Array,
  start: number,
  end: number,
  fieldDf: Uint32Array,
  id: number,
): void {
  const [s0, s1, s2] = TF_SHIFT;
  const [m0, m1, m2] = TF_MASK;
  let title = 0;
  let summary = 0;
  let tags = 0;
  for (let p = start; p < end; p++) {
    const tf = postingTf[p]!;
    if ((tf >> s0) & m0) title++;
    if ((tf >> s1) & m1) summary++;
    if ((tf >> s2) & m2) tags++;
  }
  fieldDf[id * 3] = title;
  fieldDf[id * 3 + 1] = summary;
  fieldDf[id * 3 + 2] = tags;
}

/** Per term and field, the briefings with the term in that field. */
function countFieldDf(cols: EngineColumns): Uint32Array {
  const fieldDf = new Uint32Array(cols.terms.length * 3);
  for (let id = 0; id < cols.terms.length; id++)
    countTermFields(cols.postingTf, cols.postingStart[id]!, cols.postingStart[id + 1]!, fieldDf, id);
  return fieldDf;
}

/**
 * Document frequencies, BM25 weights and length norms of an index's columns. `fieldDf` where it was counted already
 * (`readEngineFile` counts it while decoding the postings).
 */
export function computeEngineStats(cols: EngineColumns, counted?: Uint32Array): EngineStats {
  const n = cols.ids.length;
  const t = cols.terms.length;
  const fieldDf = counted?.length === t * 3 ? counted : countFieldDf(cols);
  const idf = new Float32Array(t * 3);
  for (let i = 0; i < t * 3; i++) {
    const df = fieldDf[i]!;
    idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  const avg = [0, 0, 0];
  for (let d = 0; d < n; d++) for (let f = 0; f < 3; f++) avg[f]! += cols.fieldLength[d * 3 + f]!;
  for (let f = 0; f < 3; f++) avg[f] = n > 0 ? avg[f]! / n || 1 : 1;
  const norm = new Float32Array(n * 3);
  for (let d = 0; d < n; d++)
    for (let f = 0; f < 3; f++)
      norm[d * 3 + f] = BM25.k * (1 - BM25.b + (BM25.b * cols.fieldLength[d * 3 + f]!) / avg[f]!);
  const streamCode = new Uint32Array(t);
  cols.streamTerms.forEach((id, code) => (streamCode[id] = code + 1));
  return { fieldDf, idf, norm, streamCode };
}

/** A loaded or freshly built index. Read-only apart from scratch buffers reused between queries. */
export class SearchEngine {
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  readonly documentCount: number;
  private readonly cols: EngineColumns;
  /** Per term and field: briefings with the term in that field. */
  private readonly fieldDf: Uint32Array;
  /** Per term and field: BM25 inverse document frequency. */
  private readonly idf: Float32Array;
  /** Per briefing and field: k·(1 − b + b·length/average), BM25's length norm, precomputed. */
  private readonly norm: Float32Array;
  private docIds: Map<string, number> | null = null;
  /** Stream code + 1 of each term (0: never in a stream). */
  private readonly streamCode: Uint32Array;
  private readonly runCache = new Map<string, RunSteps>();
  // Scratch for unions of many postings.
  private readonly acc: Float64Array;
  private readonly seen: Uint8Array;
  private tokens = new Uint32Array(256);
  private maxTermLength: number | undefined;

  /** `stats` from `computeEngineStats(cols)` where it was computed already (in the worker that decoded the index). */
  constructor(cols: EngineColumns, stats?: EngineStats) {
    this.cols = cols;
    this.ids = cols.ids;
    this.terms = cols.terms;
    const n = cols.ids.length;
    const t = cols.terms.length;
    this.documentCount = n;
    const fits =
      stats &&
      stats.fieldDf.length === t * 3 &&
      stats.idf.length === t * 3 &&
      stats.norm.length === n * 3 &&
      stats.streamCode.length === t;
    const { fieldDf, idf, norm, streamCode } = fits ? stats : computeEngineStats(cols);
    this.fieldDf = fieldDf;
    this.idf = idf;
    this.norm = norm;
    this.streamCode = streamCode;
    this.acc = new Float64Array(n);
    this.seen = new Uint8Array(n);
  }

  /** The columns, for serialisation. */
  toColumns(): EngineColumns {
    return this.cols;
  }

  /** The weights derived from the columns (`computeEngineStats`), to send with them. */
  toStats(): EngineStats {
    return { fieldDf: this.fieldDf, idf: this.idf, norm: this.norm, streamCode: this.streamCode };
  }

  /** The number of a term (a binary search of the sorted terms: no Map of 200,000 terms to build on load). */
  termId(term: string): number | undefined {
    const i = lowerBound(this.terms, term);
    return this.terms[i] === term ? i : undefined;
  }

  /** [first, end) of the terms starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const lo = lowerBound(this.terms, prefix);
    return [lo, prefixEnd(this.terms, prefix, lo)];
  }

  /** Briefings with the term, largest over fields (MiniSearch's per-field document frequency). */
  documentFrequency(id: number): number {
    return Math.max(this.fieldDf[id * 3]!, this.fieldDf[id * 3 + 1]!, this.fieldDf[id * 3 + 2]!);
  }

  /** The position of a briefing id in the index, or undefined. */
  docOf(id: string): number | undefined {
    this.docIds ??= new Map(this.ids.map((x, i) => [x, i]));
    return this.docIds.get(id);
  }

  /** Bit f set when term `id` occurs in field f of briefing `doc` (binary search in its postings). */
  fieldsOf(id: number, doc: number): number {
    const { postingStart, postingDocs, postingTf } = this.cols;
    let lo = postingStart[id]!;
    let hi = postingStart[id + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (postingDocs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= postingStart[id + 1]! || postingDocs[lo] !== doc) return 0;
    const tf = postingTf[lo]!;
    let bits = 0;
    for (let f = 0; f < 3; f++) if ((tf >> TF_SHIFT[f]!) & TF_MASK[f]!) bits |= 1 << f;
    return bits;
  }

  /** Index terms within `maxDistance` edits of `term`, with their distance. */
  fuzzyTerms(term: string, maxDistance: number): [id: number, distance: number][] {
    const out: [number, number][] = [];
    const m = term.length;
    const terms = this.terms;
    this.maxTermLength ??= terms.reduce((max, s) => Math.max(max, s.length), 0);
    const maxLen = this.maxTermLength;
    const width = m + 1;
    const rows = new Int32Array((maxLen + 1) * width);
    for (let j = 0; j <= m; j++) rows[j] = j;
    let prev = '';
    let valid = 0;
    let i = 0;
    while (i < terms.length) {
      const s = terms[i]!;
      let l = 0;
      const lim = Math.min(s.length, prev.length, valid);
      while (l < lim && s.charCodeAt(l) === prev.charCodeAt(l)) l++;
      let pruned = -1;
      for (let k = l + 1; k <= s.length; k++) {
        const c = s.charCodeAt(k - 1);
        const up = (k - 1) * width;
        const row = k * width;
        rows[row] = k;
        let min = k;
        for (let j = 1; j <= m; j++) {
          const cost = term.charCodeAt(j - 1) === c ? 0 : 1;
          const v = Math.min(rows[up + j]! + 1, rows[row + j - 1]! + 1, rows[up + j - 1]! + cost);
          rows[row + j] = v;
          if (v < min) min = v;
        }
        if (min > maxDistance) {
          pruned = k;
          break;
        }
      }
      prev = s;
      if (pruned >= 0) {
        valid = pruned;
        i = prefixEnd(terms, s.slice(0, pruned), i + 1);
        continue;
      }
      valid = s.length;
      const d = rows[s.length * width + m]!;
      if (d <= maxDistance) out.push([i, d]);
      i++;
    }
    return out;
  }

  /** The index terms a leaf reaches, with MiniSearch's weights (exact 1, prefix 0.375…, fuzzy 0.45…). */
  expand(leaf: QueryLeaf): { id: number; weight: number }[] {
    const out: { id: number; weight: number }[] = [];
    const exact = this.termId(leaf.term);
    if (exact !== undefined) out.push({ id: exact, weight: 1 });
    const taken = new Set<number>();
    const m = leaf.term.length;
    if (leaf.prefix) {
      const [lo, hi] = this.prefixRange(leaf.term);
      for (let id = lo; id < hi; id++) {
        const len = this.terms[id]!.length;
        const distance = len - m;
        if (distance === 0) continue;
        taken.add(id);
        out.push({ id, weight: (PREFIX_WEIGHT * len) / (len + 0.3 * distance) });
      }
    }
    if (leaf.fuzzy !== false) {
      const maxDistance =
        leaf.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(m * leaf.fuzzy)) : Math.floor(leaf.fuzzy);
      if (maxDistance > 0) {
        for (const [id, distance] of this.fuzzyTerms(leaf.term, maxDistance)) {
          if (distance === 0 || taken.has(id)) continue;
          const len = this.terms[id]!.length;
          out.push({ id, weight: (FUZZY_WEIGHT * len) / (len + distance) });
        }
      }
    }
    return out;
  }

  private score(id: number, p: number, weight: number, boosts: readonly number[]): number {
    const tf = this.cols.postingTf[p]!;
    const doc = this.cols.postingDocs[p]!;
    let s = 0;
    for (let f = 0; f < 3; f++) {
      const freq = (tf >> TF_SHIFT[f]!) & TF_MASK[f]!;
      if (freq === 0) continue;
      s +=
        boosts[f]! *
        this.idf[id * 3 + f]! *
        (BM25.d + (freq * (BM25.k + 1)) / (freq + this.norm[doc * 3 + f]!));
    }
    return s * weight;
  }

  private evalLeaf(leaf: QueryLeaf, bit: number, boosts: readonly number[], derived: number[]): Part {
    const expansions = this.expand(leaf);
    for (const e of expansions) derived.push(e.id);
    if (expansions.length === 0) return EMPTY_PART;
    const { postingStart, postingDocs } = this.cols;
    if (expansions.length === 1) {
      const { id, weight } = expansions[0]!;
      const start = postingStart[id]!;
      const end = postingStart[id + 1]!;
      const scores = new Float64Array(end - start);
      for (let p = start; p < end; p++) scores[p - start] = this.score(id, p, weight, boosts);
      return {
        docs: postingDocs.subarray(start, end),
        scores,
        masks: new Uint32Array(end - start).fill(bit),
      };
    }
    // A union of many postings (a prefix, near spellings): accumulate densely, then read back in order.
    const { acc, seen } = this;
    const touched = new U32List();
    for (const { id, weight } of expansions) {
      for (let p = postingStart[id]!; p < postingStart[id + 1]!; p++) {
        const doc = postingDocs[p]!;
        if (!seen[doc]) {
          seen[doc] = 1;
          touched.push(doc);
        }
        acc[doc]! += this.score(id, p, weight, boosts);
      }
    }
    const count = touched.length;
    const docs = new Uint32Array(count);
    if (count * 16 > this.documentCount) {
      let k = 0;
      for (let d = 0; d < this.documentCount; d++) if (seen[d]) docs[k++] = d;
    } else {
      docs.set(touched.data.subarray(0, count));
      docs.sort();
    }
    const scores = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      const d = docs[k]!;
      scores[k] = acc[d]!;
      acc[d] = 0;
      seen[d] = 0;
    }
    return { docs, scores, masks: new Uint32Array(count).fill(bit) };
  }

  private static intersect(a: Part, b: Part): Part {
    const n = Math.min(a.docs.length, b.docs.length);
    const docs = new Uint32Array(n);
    const scores = new Float64Array(n);
    const masks = new Uint32Array(n);
    let k = 0;
    let j = 0;
    const bd = b.docs;
    for (let i = 0; i < a.docs.length && j < bd.length; i++) {
      const d = a.docs[i]!;
      if (bd[j]! < d) {
        // Gallop: b may be much longer than a.
        let step = 1;
        let hi = j + 1;
        while (hi < bd.length && bd[hi]! < d) {
          j = hi;
          step *= 2;
          hi = j + step;
        }
        hi = Math.min(hi, bd.length);
        let lo = j;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (bd[mid]! < d) lo = mid + 1;
          else hi = mid;
        }
        j = lo;
      }
      if (j < bd.length && bd[j] === d) {
        docs[k] = d;
        scores[k] = a.scores[i]! + b.scores[j]!;
        masks[k] = a.masks[i]! | b.masks[j]!;
        k++;
        j++;
      }
    }
    return { docs: docs.subarray(0, k), scores: scores.subarray(0, k), masks: masks.subarray(0, k) };
  }

  private static union(a: Part, b: Part): Part {
    const n = a.docs.length + b.docs.length;
    const docs = new Uint32Array(n);
    const scores = new Float64Array(n);
    const masks = new Uint32Array(n);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.docs.length || j < b.docs.length) {
      const da = i < a.docs.length ? a.docs[i]! : Infinity;
      const db = j < b.docs.length ? b.docs[j]! : Infinity;
      if (da === db) {
        docs[k] = da;
        scores[k] = a.scores[i]! + b.scores[j]!;
        masks[k] = a.masks[i++]! | b.masks[j++]!;
      } else if (da < db) {
        docs[k] = da;
        scores[k] = a.scores[i]!;
        masks[k] = a.masks[i++]!;
      } else {
        docs[k] = db;
        scores[k] = b.scores[j]!;
        masks[k] = b.masks[j++]!;
      }
      k++;
    }
    return { docs: docs.subarray(0, k), scores: scores.subarray(0, k), masks: masks.subarray(0, k) };
  }

  private evaluate(
    expr: QueryExpr,
    bits: Map<string, number>,
    boosts: readonly number[],
    derived: Map<string, number[]>,
  ): Part {
    if ('leaf' in expr) {
      let bit = bits.get(expr.leaf.term);
      if (bit === undefined) {
        bit = bits.size < 32 ? 1 << bits.size : 0;
        bits.set(expr.leaf.term, bit);
      }
      let list = derived.get(expr.leaf.term);
      if (!list) derived.set(expr.leaf.term, (list = []));
      return this.evalLeaf(expr.leaf, bit, boosts, list);
    }
    if ('and' in expr) {
      const parts = expr.and.map((e) => this.evaluate(e, bits, boosts, derived));
      if (parts.length === 0 || parts.some((p) => p.docs.length === 0)) return EMPTY_PART;
      parts.sort((a, b) => a.docs.length - b.docs.length);
      let result = parts[0]!;
      for (let i = 1; i < parts.length && result.docs.length > 0; i++)
        result = SearchEngine.intersect(result, parts[i]!);
      return result;
    }
    let result = EMPTY_PART;
    for (const e of expr.or) {
      const part = this.evaluate(e, bits, boosts, derived);
      result =
        result.docs.length === 0 ? part : part.docs.length === 0 ? result : SearchEngine.union(result, part);
    }
    return result;
  }

  /**
   * Runs a query tree: every matching briefing, best first (BM25+ × query terms matched; ties in index order).
   * `boosts` are per field, in the engine's field order (title, summary, tags).
   */
  search(expr: QueryExpr, boosts: readonly number[]): SearchHits {
    const bits = new Map<string, number>();
    const derived = new Map<string, number[]>();
    const part = this.evaluate(expr, bits, boosts, derived);
    const count = part.docs.length;
    const scores = new Float64Array(count);
    for (let k = 0; k < count; k++) scores[k] = part.scores[k]! * Math.max(1, popcount(part.masks[k]!));
    const order = rankOrder(part.docs, scores);
    const docs = new Uint32Array(count);
    const rankedScores = new Float64Array(count);
    const masks = new Uint32Array(count);
    for (let r = 0; r < count; r++) {
      const k = order[r]!;
      docs[r] = part.docs[k]!;
      rankedScores[r] = scores[k]!;
      masks[r] = part.masks[k]!;
    }
    return { docs, scores: rankedScores, masks, leafTerms: [...bits.keys()], derived };
  }

  private compileRun(target: string): RunSteps {
    const cached = this.runCache.get(target);
    if (cached) return cached;
    const steps: Map<number, number>[] = [];
    for (let o = 0; o < target.length; o++) {
      const step = new Map<number, number>();
      for (let len = 1; o + len <= target.length; len++) {
        const id = this.termId(target.slice(o, o + len));
        const code = id === undefined ? 0 : this.streamCode[id]!;
        if (code !== 0) step.set(code, len);
      }
      steps.push(step);
    }
    const first = steps[0] ?? new Map<number, number>();
    const run: RunSteps = {
      steps,
      firstCodes: Uint32Array.from(first.keys()),
      firstLengths: Uint32Array.from(first.values()),
    };
    if (this.runCache.size > 256) this.runCache.clear();
    this.runCache.set(target, run);
    return run;
  }

  /**
   * Whether some consecutive folded parts of one field (or one tag label) of briefing `doc`, concatenated, equal
   * `target`: "asia pacific", "asia-pacific" and "asiapacific" all make "asiapacific" (see `containsRun`).
   */
  hasRun(doc: number, target: string): boolean {
    if (!target) return false;
    const { steps, firstCodes, firstLengths } = this.compileRun(target);
    const firstCount = firstCodes.length;
    if (firstCount === 0) return false;
    const { streamStart, streams } = this.cols;
    const start = streamStart[doc]!;
    const end = streamStart[doc + 1]!;
    if (this.tokens.length < end - start) this.tokens = new Uint32Array(end - start);
    const tokens = this.tokens;
    // The briefing's tokens, varints decoded inline (this loop runs for thousands of briefings per query).
    let n = 0;
    for (let pos = start; pos < end;) {
      let b = streams[pos++]!;
      let value = b & 0x7f;
      for (let scale = 0x80; b >= 0x80 && pos < end; scale *= 0x80) {
        b = streams[pos++]!;
        value += (b & 0x7f) * scale;
      }
      tokens[n++] = value;
    }
    for (let i = 0; i < n; i++) {
      const token = tokens[i]!;
      let f = 0;
      while (f < firstCount && firstCodes[f] !== token) f++;
      if (f === firstCount) continue;
      let offset = firstLengths[f]!;
      for (let j = i + 1; ; j++) {
        if (offset === target.length) return true;
        if (j >= n) break;
        const len: number | undefined = steps[offset]!.get(tokens[j]!);
        if (len === undefined) break;
        offset += len;
      }
    }
    return false;
  }
}

/** What an index file holds of the engine besides its sections: the ids, and the terms joined by '\n'. */
export interface EngineHeader {
  ids: string[];
  /** Terms joined by '\n' (a term is letters and digits only). */
  terms: string;
}

/**
 * The engine's columns as an index file's header fields and sections (section-file.ts). Numeric columns are
 * written as they lie in memory, so a reader can view them in place; only the postings' briefing numbers are
 * varints (per term, the first briefing then the gaps: about one byte a posting instead of four).
 * @example writeSectionFile({ ...header, ...engineFile(cols).header }, engineFile(cols).sections)
 */
export function engineFile(cols: EngineColumns): {
  header: EngineHeader;
  sections: [name: string, data: ArrayBufferView][];
} {
  const t = cols.terms.length;
  const gaps = new ByteWriter();
  for (let id = 0; id < t; id++) {
    let last = 0;
    for (let p = cols.postingStart[id]!; p < cols.postingStart[id + 1]!; p++) {
      gaps.varint(cols.postingDocs[p]! - last);
      last = cols.postingDocs[p]!;
    }
  }
  return {
    header: { ids: [...cols.ids], terms: cols.terms.join('\n') },
    sections: [
      ['postingStart', cols.postingStart],
      ['postingDocs', gaps.finish()],
      ['postingTf', cols.postingTf],
      ['fieldLength', cols.fieldLength],
      ['streamStart', cols.streamStart],
      ['streams', cols.streams],
      ['streamTerms', cols.streamTerms],
    ],
  };
}

/**
 * Reads and checks the engine's columns from an index file (the heavy part of loading an index: plain data and
 * typed arrays, so a worker can do it and transfer the result). The postings are decoded, checked and their
 * per-field document frequencies counted in one pass (`fieldDf`, for `computeEngineStats`). Throws a RangeError
 * or TypeError on anything inconsistent.
 * @example const { columns, fieldDf } = readEngineFile(readSectionFile(bytes))
 */
export function readEngineFile(file: SectionFile): { columns: EngineColumns; fieldDf: Uint32Array } {
  const { ids, terms: joined } = file.header as Partial<EngineHeader>;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    throw new TypeError('ids must be a list of strings');
  if (typeof joined !== 'string') throw new TypeError('terms are missing');
  const n = ids.length;
  const terms = joined === '' ? [] : joined.split('\n');
  const t = terms.length;
  for (let i = 1; i < t; i++) if (!(terms[i - 1]! < terms[i]!)) throw new RangeError('terms are not sorted');

  const postingStart = file.u32('postingStart');
  const postingTf = file.bytes('postingTf');
  const total = postingTf.length;
  if (postingStart.length !== t + 1 || postingStart[0] !== 0 || postingStart[t] !== total)
    throw new RangeError('term frequencies do not match the postings');
  const gaps = file.bytes('postingDocs');
  const postingDocs = new Uint32Array(total);
  const fieldDf = new Uint32Array(t * 3);
  let pos = 0;
  // Per term, one pass over its postings (13 million at 100,000 briefings) for the varints and the range and order
  // checks, and one over their frequency bits while they are in the cache.
  for (let id = 0; id < t; id++) {
    const start = postingStart[id]!;
    const end = postingStart[id + 1]!;
    if (end < start) throw new RangeError('postings out of range');
    let doc = 0;
    for (let p = start; p < end; p++) {
      let b = gaps[pos++];
      if (b === undefined) throw new RangeError('The data ends in the middle of a number.');
      let gap = b & 0x7f;
      for (let scale = 0x80; b >= 0x80; scale *= 0x80) {
        b = gaps[pos++];
        if (b === undefined) throw new RangeError('The data ends in the middle of a number.');
        if (scale > 2 ** 28) throw new RangeError('A number in the data is too large.');
        gap += (b & 0x7f) * scale;
      }
      if (gap === 0 && p > start) throw new RangeError('postings out of range');
      doc += gap;
      if (doc >= n) throw new RangeError('postings out of range');
      postingDocs[p] = doc;
    }
    countTermFields(postingTf, start, end, fieldDf, id);
  }
  if (pos !== gaps.length) throw new RangeError('The data has more numbers than expected.');

  const fieldLength = file.u16('fieldLength');
  if (fieldLength.length !== n * 3) throw new RangeError('field lengths do not match the briefings');
  const streams = file.bytes('streams');
  const streamStart = file.u32('streamStart');
  if (streamStart.length !== n + 1 || streamStart[0] !== 0 || streamStart[n] !== streams.length)
    throw new RangeError('token streams do not match their lengths');
  for (let d = 0; d < n; d++)
    if (streamStart[d + 1]! < streamStart[d]!)
      throw new RangeError('token streams do not match their lengths');
  const streamTerms = file.u32('streamTerms');
  for (let code = 0; code < streamTerms.length; code++)
    if (streamTerms[code]! >= t) throw new RangeError('stream codes out of range');
  return {
    columns: {
      ids,
      terms,
      postingStart,
      postingDocs,
      postingTf,
      fieldLength,
      streamStart,
      streams,
      streamTerms,
    },
    fieldDf,
  };
}

/**
 * Positions of `scores` sorted best first, ties in ascending `docs` order (the order they come in). Scores are
 * quantised to 32 bits (relative to the best, so only near-equal scores can tie) and sorted by a two-pass radix sort:
 * linear, so ranking 100,000 hits costs about a millisecond instead of a comparator called two million times.
 */
function rankOrder(docs: Uint32Array, scores: Float64Array): Uint32Array {
  const count = docs.length;
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  if (count < 1024) return order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  let max = 0;
  for (let k = 0; k < count; k++) if (scores[k]! > max) max = scores[k]!;
  const scale = max > 0 ? 0xffffffff / max : 0;
  const keys = new Uint32Array(count);
  for (let k = 0; k < count; k++) keys[k] = 0xffffffff - Math.min(0xffffffff, Math.floor(scores[k]! * scale));
  const tmp = new Uint32Array(count);
  const buckets = new Uint32Array(0x10001);
  // Low 16 bits, then high 16 bits; each pass is stable, so ties keep their order.
  for (const [from, to, shift] of [
    [order, tmp, 0],
    [tmp, order, 16],
  ] as const) {
    buckets.fill(0);
    for (let k = 0; k < count; k++) buckets[((keys[from[k]!]! >>> shift) & 0xffff) + 1]!++;
    for (let b = 1; b <= 0x10000; b++) buckets[b]! += buckets[b - 1]!;
    for (let k = 0; k < count; k++) {
      const item = from[k]!;
      to[buckets[(keys[item]! >>> shift) & 0xffff]!++] = item;
    }
  }
  return order;
}
