/**
 * Analysts' corrections as data (docs/data-format.md, "Corrections"; docs/decisions/018-analyst-corrections.md): a
 * correction says that a briefing should, or should not, carry one tag of one kind. Corrections never edit a
 * corpus; `applyCorrections` lays them over the tagger's output wherever a corpus is made or shown. This module is
 * the schema and the file format, checked at every boundary (a file picked in the browser, seeds/corrections.json,
 * `npm run parse -- --corrections`), with one clear message for what is wrong and where.
 */
import { z } from 'zod';
import { REGIONS } from './regions';
import { foldLetters } from './text-fold';
import { FILTER_KINDS, type FilterKind } from './tag-kinds';

export const CORRECTIONS_FORMAT = 'briefing-atlas/corrections' as const;
export const CORRECTIONS_VERSION = 1;

/** The most corrections one file may hold, and its largest size: far above any team's, far below a hostile file's. */
export const MAX_CORRECTIONS = 100_000;
export const MAX_CORRECTIONS_BYTES = 20 * 1024 * 1024;

const REGION_IDS = new Set<string>(REGIONS.map((r) => r.id));

/** A date (2026-03-01) or a date and time with its zone (2026-03-01T09:30:00Z). */
const instant = z
  .string()
  .max(40)
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(s) &&
      !isNaN(Date.parse(s)),
    {
      message: 'expected a date, or a date and time with its time zone (ISO 8601, e.g. 2026-03-01T09:30:00Z)',
    },
  );

export const correctionSchema = z
  .object({
    briefingId: z.string().min(1).max(100),
    // Every kind that counts (the facets) can be corrected; places in other roles count nowhere.
    kind: z.enum(FILTER_KINDS as unknown as [FilterKind, ...FilterKind[]]),
    tagId: z.string().min(1).max(200),
    action: z.enum(['add', 'remove']),
    /** The tag's name as the analyst saw it (for an added tag, what the page shows). */
    label: z.string().min(1).max(300).optional(),
    /** Why: "removed: the meeting was in Brussels, not in the region". */
    note: z.string().max(2000).optional(),
    author: z.string().max(200).optional(),
    at: instant,
    /** The briefing's title when it was corrected: says which briefing a correction meant after the text changed. */
    title: z.string().max(1000).optional(),
  })
  .superRefine((c, context) => {
    if (c.kind === 'regions' && !REGION_IDS.has(c.tagId))
      context.addIssue({
        code: 'custom',
        path: ['tagId'],
        message: `not a WCO region id (expected one of ${[...REGION_IDS].join(', ')})`,
      });
    if (c.kind === 'countries' && !/^[A-Z]{3}$/.test(c.tagId))
      context.addIssue({
        code: 'custom',
        path: ['tagId'],
        message: 'a country is its ISO 3166-1 alpha-3 code in capitals (e.g. BIH)',
      });
  });

/** One correction: `action` the tag `tagId` of kind `kind` on briefing `briefingId`, decided at `at`. */
export type Correction = z.infer<typeof correctionSchema>;

const correctionsFileSchema = z.object({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.literal(CORRECTIONS_VERSION),
  exportedAt: z.string().max(40).optional(),
  corrections: z.array(correctionSchema).max(MAX_CORRECTIONS),
});

/** A corrections file as written by "Export corrections" and read everywhere else. */
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

type Outcome<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * Checks parsed JSON against the corrections file format and says where it breaks.
 * @example readCorrections({ format: 'briefing-atlas/corrections', version: 1, corrections: [] }) // → { ok: true, data: [] }
 */
export function readCorrections(input: unknown): Outcome<Correction[]> {
  const format = (input as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format.startsWith('briefing-atlas/corpus'))
    return {
      ok: false,
      reason:
        'This is a corpus, not a corrections file: bring briefings in with "Import briefings" (or npm run parse). Nothing was changed.',
    };
  if (Array.isArray(input))
    return {
      ok: false,
      reason: `Not a corrections file: expected an object with "format": "${CORRECTIONS_FORMAT}" and a "corrections" list, found a bare list. Nothing was changed.`,
    };
  const parsed = correctionsFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data.corrections };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
  const count = parsed.error.issues.length;
  return {
    ok: false,
    reason: `Not a corrections file: ${where}: ${issue?.message ?? 'invalid'}${count > 1 ? ` (and ${count - 1} more problems)` : ''}. Nothing was changed.`,
  };
}

/**
 * Reads the text of a corrections file: JSON, then the format. A broken or oversized file is one message.
 * @example parseCorrectionsText('{"format":"briefing-atlas/corrections","version":1,"corrections":[]}') // → { ok: true, data: [] }
 */
export function parseCorrectionsText(text: string): Outcome<Correction[]> {
  if (text.length > MAX_CORRECTIONS_BYTES)
    return {
      ok: false,
      reason: `The file is larger than ${MAX_CORRECTIONS_BYTES / 1024 / 1024} MB, far more than any list of corrections. Nothing was changed.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      reason: `Not a corrections file: it is not valid JSON (${describeJsonError(text, error)}). Nothing was changed.`,
    };
  }
  return readCorrections(json);
}

/** "line 3, column 5: Unexpected token …" from a JSON.parse error, wherever the engine put the position. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, '');
  return `line ${line}, column ${column}${what ? `: ${what}` : ''}`;
}

/**
 * The file "Export corrections" writes.
 * @example JSON.stringify(toCorrectionsFile(list, new Date().toISOString()), null, 2)
 */
export function toCorrectionsFile(corrections: readonly Correction[], exportedAt: string): CorrectionsFile {
  return {
    format: CORRECTIONS_FORMAT,
    version: CORRECTIONS_VERSION,
    exportedAt,
    corrections: [...corrections],
  };
}

/** Which tag of which briefing a correction is about: two corrections with one key are about the same thing. */
export function correctionKey(c: Pick<Correction, 'briefingId' | 'kind' | 'tagId'>): string {
  return `${c.briefingId}\u0000${c.kind}\u0000${c.tagId}`;
}

/** The same correction (not only the same key): the same decision made at the same moment. */
export function sameCorrection(a: Correction, b: Correction): boolean {
  return correctionKey(a) === correctionKey(b) && a.action === b.action && a.at === b.at;
}

/** The kinds an analyst may add a new value to in their own words: a programme or a person no list knows yet. */
export const FREE_TEXT_KINDS: readonly FilterKind[] = ['programmes', 'people'];

/**
 * The tag for a value typed in the analyst's own words: the words as its name, a kebab-case id made of them (the
 * tagger's ids for programmes it finds by their shape, and for people, look the same). Null for text with no letter or
 * digit.
 * @example tagOfFreeText('  Operation  Sunbird ') // → { id: 'operation-sunbird', label: 'Operation Sunbird' }
 */
export function tagOfFreeText(text: string): { id: string; label: string } | null {
  const label = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  const id = foldLetters(label)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
  return id && label ? { id, label } : null;
}
