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
  TAG_KINDS,
  validateCorpus,
  type Briefing,
  type Corpus,
  type Diagnostic,
  type Evidence,
  type Result,
  type Tag,
  type TagKind,
  type ThemeDef,
} from './corpus';

export const COMPACT_CORPUS_FORMAT = 'briefing-atlas/corpus-compact' as const;
export const COMPACT_CORPUS_VERSION = 1;

export interface CompactCorpus {
  format: typeof COMPACT_CORPUS_FORMAT;
  version: typeof COMPACT_CORPUS_VERSION;
  name: string;
  generatedAt: string;
  taxonomy?: { themes: ThemeDef[] };
  warnings: Diagnostic[];
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

/** Checks everything but the stream and the metadata zod is good at; returns a decoder for the briefings. */
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
  // The tags as dictionary numbers per kind, for the facet index (tag-columns.ts).
  const columnOffsets = {} as Record<TagKind, Uint32Array>;
  const columnValues = {} as Record<TagKind, number[]>;
  for (const kind of TAG_KINDS) {
    columnOffsets[kind] = new Uint32Array(n + 1);
    columnValues[kind] = [];
  }

  // Checks in the per-briefing loop build their message only when they fail: ~4 million checks at 100,000.
  const briefing = (i: number): Briefing => {
    const id = c.ids[i]!;
    if (id.length === 0) throw new Invalid(`briefings.${i}.id: empty`);
    if (seen.has(id)) throw new Invalid(`briefings.${i}.id: duplicate id ${id}`);
    seen.add(id);
    const title = c.titles[i]!;
    const summary = c.summaries[i]!;
    const file = r.varint();
    let source: Briefing['source'];
    if (file > 0) {
      if (file > c.files.length) throw new Invalid(`briefings.${i}.source: unknown file`);
      source = { file: c.files[file - 1]!, line: r.varint() };
    }
    const kinds = {} as Record<TagKind, Tag[]>;
    for (const kind of TAG_KINDS) {
      const dictionary = c.values[kind];
      const numbers = columnValues[kind];
      const count = r.varint();
      const tags: Tag[] = new Array<Tag>(count);
      for (let t = 0; t < count; t++) {
        const v = r.varint();
        if (v >= dictionary.length) throw new Invalid(`briefings.${i}.${kind}.${t}: unknown value`);
        numbers.push(v);
        const spans = r.varint();
        const evidence: Evidence[] = new Array<Evidence>(spans);
        for (let e = 0; e < spans; e++) {
          const packed = r.varint();
          const start = Math.floor(packed / 2);
          const field = packed % 2 === 1 ? 'summary' : 'title';
          const end = start + r.varint();
          if (end > (field === 'title' ? title.length : summary.length))
            throw new Invalid(`briefings.${i}.${kind}.${t}.evidence.${e}: outside the ${field}`);
          evidence[e] = { field, start, end };
        }
        const pair = dictionary[v]!;
        const tag: Tag = { id: pair[0], label: pair[1], evidence };
        const viaCount = r.varint();
        if (viaCount > 0) {
          const via = new Array<string>(viaCount - 1);
          for (let x = 0; x < viaCount - 1; x++) {
            const k = r.varint();
            if (k >= c.vias.length) throw new Invalid(`briefings.${i}.${kind}.${t}.via: unknown id`);
            via[x] = c.vias[k]!;
          }
          tag.via = via;
        }
        tags[t] = tag;
      }
      kinds[kind] = tags;
      columnOffsets[kind][i + 1] = numbers.length;
    }
    const b: Briefing = {
      id,
      title,
      summary,
      themes: kinds.themes,
      regions: kinds.regions,
      countries: kinds.countries,
      programmes: kinds.programmes,
      organizations: kinds.organizations,
      instruments: kinds.instruments,
      people: kinds.people,
    };
    const date = c.dates[i];
    const url = c.urls[i];
    if (date !== null && date !== undefined) b.date = date;
    if (url !== null && url !== undefined) b.url = url;
    if (source) b.source = source;
    return b;
  };
  const finish = (briefings: Briefing[]): Corpus => {
    need(r.done, 'stream: longer than its briefings');
    const corpus: Corpus = {
      format: 'briefing-atlas/corpus',
      version: 1,
      name: c.name,
      generatedAt: c.generatedAt,
      briefings,
      warnings: c.warnings,
    };
    if (c.taxonomy) corpus.taxonomy = c.taxonomy;
    const columns = {} as Record<TagKind, TagColumns>;
    for (const kind of TAG_KINDS)
      columns[kind] = {
        dictionary: c.values[kind],
        offsets: columnOffsets[kind],
        values: Uint32Array.from(columnValues[kind]),
      };
    attachTagColumns(corpus, columns);
    return corpus;
  };
  return { n, briefing, finish };
}

function failure(error: unknown): { ok: false; reason: string } {
  if (error instanceof Invalid) return { ok: false, reason: `Not a Briefing Atlas corpus: ${error.message}` };
  if (error instanceof RangeError)
    return { ok: false, reason: `Not a Briefing Atlas corpus: stream: ${error.message}` };
  throw error;
}

/**
 * Decodes and validates a compact corpus (parsed JSON) in one go.
 * @example decodeCompactCorpus(JSON.parse(text)) // → { ok: true, data: corpus } | { ok: false, reason }
 */
export function decodeCompactCorpus(input: unknown): Result<Corpus> {
  try {
    need(typeof input === 'object' && input !== null, 'expected an object');
    const { n, briefing, finish } = prepare(input as Record<string, unknown>);
    const briefings = new Array<Briefing>(n);
    for (let i = 0; i < n; i++) briefings[i] = briefing(i);
    return { ok: true, data: finish(briefings) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Decodes a compact corpus a chunk at a time, yielding to the event loop between chunks and reporting progress, so
 * a page can paint a progress bar while 100,000 briefings are read.
 */
export async function decodeCompactCorpusAsync(
  input: unknown,
  onProgress?: DecodeProgress,
  chunkSize = 10_000,
): Promise<Result<Corpus>> {
  try {
    need(typeof input === 'object' && input !== null, 'expected an object');
    const { n, briefing, finish } = prepare(input as Record<string, unknown>);
    const briefings = new Array<Briefing>(n);
    for (let i = 0; i < n; i++) {
      briefings[i] = briefing(i);
      if ((i + 1) % chunkSize === 0 && i + 1 < n) {
        onProgress?.(i + 1, n);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    onProgress?.(n, n);
    return { ok: true, data: finish(briefings) };
  } catch (error) {
    return failure(error);
  }
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
 * Reads a corpus file in either form: the compact one (decoded in chunks, with progress) or the documented JSON
 * (validated with the schema).
 * @example await readCorpusJson(await response.json(), (done, total) => setProgress(done / total))
 */
export async function readCorpusJson(input: unknown, onProgress?: DecodeProgress): Promise<Result<Corpus>> {
  if (isCompactCorpus(input)) return decodeCompactCorpusAsync(input, onProgress);
  return validateCorpus(input);
}
