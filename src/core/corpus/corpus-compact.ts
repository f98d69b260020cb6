/**
 * The compact corpus file: the same corpus as the documented JSON (docs/data-format.md), shaped for 100,000
 * briefings. At that size the plain JSON is ~300 MB, three quarters of it tags and evidence spelled out as objects;
 * parsing it takes ~4 s and validating it with zod ~3 s more. Here each tag kind has a dictionary of its values and
 * every briefing's tags and evidence are one stream of small numbers (base64 varints, see binary-codec.ts): the file
 * is about a third of the size, parses in a fraction of the time, and is validated while it is decoded (every index
 * in range, every span inside its text) instead of by a schema walk.
 *
 * `decodeCompactCorpus(encodeCompactCorpus(c))` deep-equals `c`. The app reads either form with `readCorpusJson`.
 */
import { ByteReader, ByteWriter, decodeBase64, encodeBase64 } from './binary-codec';
import { attachTagColumns, type TagColumns } from './tag-columns';
import {
  validateCorpus,
  type Briefing,
  type Corpus,
  type Diagnostic,
  type Evidence,
  type Result,
  type Tag,
  type ThemeDef,
} from './contract';
import { TAG_KINDS, type TagKind } from './tag-kinds';
import type { Correction } from './correction-schema';

export const COMPACT_CORPUS_FORMAT = 'briefing-atlas/corpus-compact' as const;
// 2: briefings carry funders and mentions (two more tag kinds in every stream).
export const COMPACT_CORPUS_VERSION = 2;

export interface CompactCorpus {
  format: typeof COMPACT_CORPUS_FORMAT;
  version: typeof COMPACT_CORPUS_VERSION;
  name: string;
  generatedAt: string;
  taxonomy?: { themes: ThemeDef[] };
  warnings: Diagnostic[];
  /** As in the documented form: the analysts' corrections laid over these tags. */
  corrections?: Correction[];
  ids: string[];
  titles: string[];
  summaries: string[];
  /** null where a briefing has none. */
  dates: (string | null)[];
  urls: (string | null)[];
  /** Source file names; `sources` points into this list. */
  files: string[];
  /** Per tag kind: the distinct [id, label] pairs. */
  values: Record<TagKind, [id: string, label: string][]>;
  /** Every `via` id, once. */
  vias: string[];
  /**
   * Base64 varints, per briefing: source file + 1 (0 = no source) and its line; then per tag kind the number of
   * tags and, per tag: value, number of evidence spans, per span (start × 2 + field) and length, then number of
   * vias + 1 (0 = no `via` key) and the vias.
   */
  stream: string;
}

/**
 * Encodes a corpus in the compact form.
 * @example JSON.stringify(encodeCompactCorpus(corpus)) // ~⅓ of JSON.stringify(corpus)
 */
export function encodeCompactCorpus(corpus: Corpus): CompactCorpus {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const vias: string[] = [];
  const viaIndex = new Map<string, number>();
  const values = {} as Record<TagKind, [string, string][]>;
  const valueIndex = {} as Record<TagKind, Map<string, number>>;
  for (const kind of TAG_KINDS) {
    values[kind] = [];
    valueIndex[kind] = new Map();
  }
  const w = new ByteWriter();
  for (const b of corpus.briefings) {
    if (b.source) {
      let f = fileIndex.get(b.source.file);
      if (f === undefined) {
        f = files.length;
        files.push(b.source.file);
        fileIndex.set(b.source.file, f);
      }
      w.varint(f + 1);
      w.varint(b.source.line);
    } else w.varint(0);
    for (const kind of TAG_KINDS) {
      const tags = b[kind];
      w.varint(tags.length);
      for (const tag of tags) {
        const key = `${tag.id}\u0000${tag.label}`;
        let v = valueIndex[kind].get(key);
        if (v === undefined) {
          v = values[kind].length;
          values[kind].push([tag.id, tag.label]);
          valueIndex[kind].set(key, v);
        }
        w.varint(v);
        w.varint(tag.evidence.length);
        for (const e of tag.evidence) {
          w.varint(e.start * 2 + (e.field === 'summary' ? 1 : 0));
          w.varint(e.end - e.start);
        }
        if (tag.via === undefined) w.varint(0);
        else {
          w.varint(tag.via.length + 1);
          for (const id of tag.via) {
            let x = viaIndex.get(id);
            if (x === undefined) {
              x = vias.length;
              vias.push(id);
              viaIndex.set(id, x);
            }
            w.varint(x);
          }
        }
      }
    }
  }
  const compact: CompactCorpus = {
    format: COMPACT_CORPUS_FORMAT,
    version: COMPACT_CORPUS_VERSION,
    name: corpus.name,
    generatedAt: corpus.generatedAt,
    warnings: corpus.warnings,
    ids: corpus.briefings.map((b) => b.id),
    titles: corpus.briefings.map((b) => b.title),
    summaries: corpus.briefings.map((b) => b.summary),
    dates: corpus.briefings.map((b) => b.date ?? null),
    urls: corpus.briefings.map((b) => b.url ?? null),
    files,
    values,
    vias,
    stream: encodeBase64(w.finish()),
  };
  if (corpus.taxonomy) compact.taxonomy = corpus.taxonomy;
  if (corpus.corrections) compact.corrections = corpus.corrections;
  return compact;
}

/** Progress of a decode: briefings done of all. */
export type DecodeProgress = (done: number, total: number) => void;

class Invalid extends Error {}

function need(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Invalid(what);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isNullableStringList = (v: unknown): v is (string | null)[] =>
  Array.isArray(v) && v.every((x) => x === null || typeof x === 'string');

/**
 * A compact corpus checked from end to end, with its tags still as numbers: what a worker can hand to the page
 * (strings are copied, typed arrays transferred) and `openCompactCorpus` turns into a corpus without decoding a
 * single tag.
 */
export interface CompactScan extends Pick<
  CompactCorpus,
  'ids' | 'titles' | 'summaries' | 'dates' | 'urls' | 'files' | 'values' | 'vias'
> {
  meta: Pick<Corpus, 'name' | 'generatedAt' | 'warnings' | 'taxonomy' | 'corrections'>;
  /** The stream's bytes, and where each briefing's record starts in them. */
  bytes: Uint8Array;
  starts: Uint32Array;
  /** Source file + 1 (0: none) and line per briefing. */
  sourceFiles: Uint32Array;
  sourceLines: Uint32Array;
  /** Per tag kind, the briefings' tags as dictionary numbers (tag-columns.ts). */
  columns: Record<TagKind, { offsets: Uint32Array; values: Uint32Array }>;
}

/** Checks everything but the stream and the metadata zod is good at; returns a stepper over the briefings. */
function prepare(input: Record<string, unknown>) {
  need(input.version === COMPACT_CORPUS_VERSION, `version: expected ${COMPACT_CORPUS_VERSION}`);
  for (const key of ['ids', 'titles', 'summaries', 'files', 'vias'] as const)
    need(isStringList(input[key]), `${key}: expected a list of strings`);
  for (const key of ['dates', 'urls'] as const)
    need(isNullableStringList(input[key]), `${key}: expected a list of strings or nulls`);
  need(isString(input.stream), 'stream: expected base64 text');
  const c = input as unknown as CompactCorpus;
  const n = c.ids.length;
  for (const key of ['titles', 'summaries', 'dates', 'urls'] as const)
    need(c[key].length === n, `${key}: expected ${n} entries, one per briefing`);
  need(typeof c.values === 'object' && c.values !== null, 'values: expected tag dictionaries');
  for (const kind of TAG_KINDS) {
    const list: unknown = c.values[kind];
    need(
      Array.isArray(list) &&
        list.every(
          (p) => Array.isArray(p) && p.length === 2 && isString(p[0]) && p[0] && isString(p[1]) && p[1],
        ),
      `values.${kind}: expected [id, label] pairs of non-empty strings`,
    );
  }
  // The metadata is small: the documented schema checks it, on a corpus with no briefings.
  const meta = validateCorpus({
    format: 'briefing-atlas/corpus',
    version: 1,
    name: input.name,
    generatedAt: input.generatedAt,
    briefings: [],
    ...(input.taxonomy === undefined ? {} : { taxonomy: input.taxonomy }),
    warnings: input.warnings,
    ...(input.corrections === undefined ? {} : { corrections: input.corrections }),
  });
  if (!meta.ok) throw new Invalid(meta.reason.replace(/^Not a Briefing Atlas corpus: /, ''));
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(c.stream);
  } catch {
    throw new Invalid('stream: not valid base64');
  }
  const r = new ByteReader(bytes);
  const seen = new Set<string>();
  const starts = new Uint32Array(n);
  const sourceFiles = new Uint32Array(n);
  const sourceLines = new Uint32Array(n);
  const columnOffsets = {} as Record<TagKind, Uint32Array>;
  const columnValues = {} as Record<TagKind, number[]>;
  for (const kind of TAG_KINDS) {
    columnOffsets[kind] = new Uint32Array(n + 1);
    columnValues[kind] = [];
  }

  // Walks briefing i's record, checking every number; builds nothing but the tag columns. Checks build their
  // message only when they fail: ~4 million checks at 100,000 briefings.
  const step = (i: number): void => {
    const id = c.ids[i]!;
    if (id.length === 0) throw new Invalid(`briefings.${i}.id: empty`);
    if (seen.has(id)) throw new Invalid(`briefings.${i}.id: duplicate id ${id}`);
    seen.add(id);
    const titleLength = c.titles[i]!.length;
    const summaryLength = c.summaries[i]!.length;
    starts[i] = r.pos;
    const file = r.varint();
    if (file > 0) {
      if (file > c.files.length) throw new Invalid(`briefings.${i}.source: unknown file`);
      sourceFiles[i] = file;
      sourceLines[i] = r.varint();
    }
    for (const kind of TAG_KINDS) {
      const dictionary = c.values[kind];
      const numbers = columnValues[kind];
      const count = r.varint();
      for (let t = 0; t < count; t++) {
        const v = r.varint();
        if (v >= dictionary.length) throw new Invalid(`briefings.${i}.${kind}.${t}: unknown value`);
        numbers.push(v);
        const spans = r.varint();
        for (let e = 0; e < spans; e++) {
          const packed = r.varint();
          const end = Math.floor(packed / 2) + r.varint();
          const inSummary = packed % 2 === 1;
          if (end > (inSummary ? summaryLength : titleLength))
            throw new Invalid(
              `briefings.${i}.${kind}.${t}.evidence.${e}: outside the ${inSummary ? 'summary' : 'title'}`,
            );
        }
        const viaCount = r.varint();
        for (let x = 0; x < viaCount - 1; x++) {
          if (r.varint() >= c.vias.length) throw new Invalid(`briefings.${i}.${kind}.${t}.via: unknown id`);
        }
      }
      columnOffsets[kind][i + 1] = numbers.length;
    }
  };

  const finish = (): CompactScan => {
    need(r.done, 'stream: longer than its briefings');
    const columns = {} as CompactScan['columns'];
    for (const kind of TAG_KINDS)
      columns[kind] = { offsets: columnOffsets[kind], values: Uint32Array.from(columnValues[kind]) };
    return {
      meta: {
        name: c.name,
        generatedAt: c.generatedAt,
        warnings: c.warnings,
        ...(c.taxonomy ? { taxonomy: c.taxonomy } : {}),
        ...(meta.data.corrections ? { corrections: meta.data.corrections } : {}),
      },
      ids: c.ids,
      titles: c.titles,
      summaries: c.summaries,
      dates: c.dates,
      urls: c.urls,
      files: c.files,
      values: c.values,
      vias: c.vias,
      bytes,
      starts,
      sourceFiles,
      sourceLines,
      columns,
    };
  };
  return { n, step, finish };
}

function failure(error: unknown): { ok: false; reason: string } {
  if (error instanceof Invalid) return { ok: false, reason: `Not a Briefing Atlas corpus: ${error.message}` };
  if (error instanceof RangeError)
    return { ok: false, reason: `Not a Briefing Atlas corpus: stream: ${error.message}` };
  throw error;
}

/**
 * Checks a compact corpus (parsed JSON) from end to end without decoding its tags.
 * @example scanCompactCorpus(JSON.parse(text)) // → { ok: true, data: scan } | { ok: false, reason }
 */
export function scanCompactCorpus(input: unknown): Result<CompactScan> {
  try {
    need(typeof input === 'object' && input !== null, 'expected an object');
    const { n, step, finish } = prepare(input as Record<string, unknown>);
    for (let i = 0; i < n; i++) step(i);
    return { ok: true, data: finish() };
  } catch (error) {
    return failure(error);
  }
}

/** The same a chunk at a time, yielding to the event loop between chunks and reporting progress. */
export async function scanCompactCorpusAsync(
  input: unknown,
  onProgress?: DecodeProgress,
  chunkSize = 20_000,
): Promise<Result<CompactScan>> {
  try {
    need(typeof input === 'object' && input !== null, 'expected an object');
    const { n, step, finish } = prepare(input as Record<string, unknown>);
    for (let i = 0; i < n; i++) {
      step(i);
      if ((i + 1) % chunkSize === 0 && i + 1 < n) {
        onProgress?.(i + 1, n);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    onProgress?.(n, n);
    return { ok: true, data: finish() };
  } catch (error) {
    return failure(error);
  }
}

/** Briefing i's tags, decoded from the (already checked) stream. */
function decodeTags(scan: CompactScan, i: number): Record<TagKind, Tag[]> {
  const r = new ByteReader(scan.bytes);
  r.pos = scan.starts[i]!;
  if (r.varint() > 0) r.varint();
  const kinds = {} as Record<TagKind, Tag[]>;
  for (const kind of TAG_KINDS) {
    const dictionary = scan.values[kind];
    const tags = new Array<Tag>(r.varint());
    for (let t = 0; t < tags.length; t++) {
      const pair = dictionary[r.varint()]!;
      const evidence = new Array<Evidence>(r.varint());
      for (let e = 0; e < evidence.length; e++) {
        const packed = r.varint();
        const start = Math.floor(packed / 2);
        evidence[e] = { field: packed % 2 === 1 ? 'summary' : 'title', start, end: start + r.varint() };
      }
      const tag: Tag = { id: pair[0], label: pair[1], evidence };
      const viaCount = r.varint();
      if (viaCount > 0) {
        const via = new Array<string>(viaCount - 1);
        for (let x = 0; x < via.length; x++) via[x] = scan.vias[r.varint()]!;
        tag.via = via;
      }
      tags[t] = tag;
    }
    kinds[kind] = tags;
  }
  return kinds;
}

/**
 * A briefing of a compact corpus whose tags are decoded the first time any of them is read (then kept as its own
 * properties). At 100,000 briefings the page reads the tags of the few it shows, not 1.6 million tags and 2.6
 * million evidence spans on load. It reads like any `Briefing`; `JSON.stringify` gives the full briefing, and
 * `toPlainCorpus` makes plain copies before a corpus is stored or sent to a worker (structured cloning copies own
 * properties only).
 */
class CompactBriefing {
  id: string;
  title: string;
  summary: string;
  declare date?: string;
  declare url?: string;
  declare source?: { file: string; line: number };
  readonly #scan: CompactScan;
  readonly #i: number;

  constructor(scan: CompactScan, i: number) {
    this.id = scan.ids[i]!;
    this.title = scan.titles[i]!;
    this.summary = scan.summaries[i]!;
    const date = scan.dates[i];
    const url = scan.urls[i];
    if (date !== null && date !== undefined) this.date = date;
    if (url !== null && url !== undefined) this.url = url;
    const file = scan.sourceFiles[i]!;
    if (file > 0) this.source = { file: scan.files[file - 1]!, line: scan.sourceLines[i]! };
    this.#scan = scan;
    this.#i = i;
  }

  #tags(): Record<TagKind, Tag[]> {
    const kinds = decodeTags(this.#scan, this.#i);
    for (const kind of TAG_KINDS)
      Object.defineProperty(this, kind, {
        value: kinds[kind],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return kinds;
  }

  get themes(): Tag[] {
    return this.#tags().themes;
  }
  get regions(): Tag[] {
    return this.#tags().regions;
  }
  get countries(): Tag[] {
    return this.#tags().countries;
  }
  get programmes(): Tag[] {
    return this.#tags().programmes;
  }
  get organizations(): Tag[] {
    return this.#tags().organizations;
  }
  get instruments(): Tag[] {
    return this.#tags().instruments;
  }
  get people(): Tag[] {
    return this.#tags().people;
  }
  get funders(): Tag[] {
    return this.#tags().funders;
  }
  get mentions(): Tag[] {
    return this.#tags().mentions;
  }

  toJSON(): Briefing {
    return plainBriefing(this);
  }
}

/** A briefing as a plain object with every field its own (the contract's field order). */
export function plainBriefing(b: Briefing): Briefing {
  const out: Briefing = {
    id: b.id,
    title: b.title,
    summary: b.summary,
    themes: b.themes,
    regions: b.regions,
    countries: b.countries,
    programmes: b.programmes,
    organizations: b.organizations,
    instruments: b.instruments,
    people: b.people,
    funders: b.funders,
    mentions: b.mentions,
  };
  if (b.date !== undefined) out.date = b.date;
  if (b.url !== undefined) out.url = b.url;
  if (b.source !== undefined) out.source = b.source;
  return out;
}

/**
 * The corpus with plain briefings (the same object when it has no lazily decoded ones): for IndexedDB and
 * `postMessage`, which copy own properties only.
 */
export function toPlainCorpus(corpus: Corpus): Corpus {
  if (!corpus.briefings.some((b) => b instanceof CompactBriefing)) return corpus;
  return {
    ...corpus,
    briefings: corpus.briefings.map((b) => (b instanceof CompactBriefing ? plainBriefing(b) : b)),
  };
}

/**
 * The corpus of a scan: briefings whose tags decode when first read, and the tag columns handed to the facet index.
 * @example openCompactCorpus(scan).briefings.length // → scan.ids.length
 */
export function openCompactCorpus(scan: CompactScan): Corpus {
  const briefings = new Array<Briefing>(scan.ids.length);
  for (let i = 0; i < briefings.length; i++) briefings[i] = new CompactBriefing(scan, i) as Briefing;
  const corpus: Corpus = {
    format: 'briefing-atlas/corpus',
    version: 1,
    name: scan.meta.name,
    generatedAt: scan.meta.generatedAt,
    briefings,
    warnings: scan.meta.warnings,
  };
  if (scan.meta.taxonomy) corpus.taxonomy = scan.meta.taxonomy;
  if (scan.meta.corrections) corpus.corrections = scan.meta.corrections;
  const columns = {} as Record<TagKind, TagColumns>;
  for (const kind of TAG_KINDS) columns[kind] = { dictionary: scan.values[kind], ...scan.columns[kind] };
  attachTagColumns(corpus, columns);
  return corpus;
}

/**
 * Decodes and validates a compact corpus (parsed JSON) in one go.
 * @example decodeCompactCorpus(JSON.parse(text)) // → { ok: true, data: corpus } | { ok: false, reason }
 */
export function decodeCompactCorpus(input: unknown): Result<Corpus> {
  const scan = scanCompactCorpus(input);
  return scan.ok ? { ok: true, data: openCompactCorpus(scan.data) } : scan;
}

/**
 * The same a chunk at a time, so a page can paint a progress bar while 100,000 briefings are checked.
 */
export async function decodeCompactCorpusAsync(
  input: unknown,
  onProgress?: DecodeProgress,
  chunkSize?: number,
): Promise<Result<Corpus>> {
  const scan = await scanCompactCorpusAsync(input, onProgress, chunkSize);
  return scan.ok ? { ok: true, data: openCompactCorpus(scan.data) } : scan;
}

/** Whether parsed JSON claims to be a compact corpus. */
export function isCompactCorpus(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { format?: unknown }).format === COMPACT_CORPUS_FORMAT
  );
}

/**
 * Reads a corpus file in either form: the compact one (checked in chunks, with progress; tags decoded when read) or
 * the documented JSON (validated with the schema).
 * @example await readCorpusJson(await response.json(), (done, total) => setProgress(done / total))
 */
export async function readCorpusJson(input: unknown, onProgress?: DecodeProgress): Promise<Result<Corpus>> {
  if (isCompactCorpus(input)) return decodeCompactCorpusAsync(input, onProgress);
  return validateCorpus(input);
}
