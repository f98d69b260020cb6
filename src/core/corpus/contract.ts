/**
 * The corpus data contract: what the pipeline writes and the app reads. Documented in docs/data-format.md.
 * Validated at every boundary (bundled file on load, user file on import) with `validateCorpus`.
 */
import { z } from 'zod';
import { correctionSchema } from './correction-schema';
import type { RegionLabel } from './regions';

const evidenceSchema = z.object({
  field: z.enum(['title', 'summary']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const tagSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  evidence: z.array(evidenceSchema),
  /** Why a derived tag exists when it has no words of its own, e.g. a region reached through countries. */
  via: z.array(z.string()).optional(),
});

const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative(),
});

export const briefingSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  summary: z.string(),
  date: z.string().optional(),
  url: z.string().optional(),
  source: z.object({ file: z.string(), line: z.number().int().nonnegative() }).optional(),
  themes: z.array(tagSchema),
  regions: z.array(tagSchema),
  countries: z.array(tagSchema),
  programmes: z.array(tagSchema),
  organizations: z.array(tagSchema),
  instruments: z.array(tagSchema),
  people: z.array(tagSchema),
  // Added within version 1 (docs/data-format.md, "Places and their roles"): a file without them reads as having none.
  funders: z.array(tagSchema).default([]),
  mentions: z.array(tagSchema).default([]),
});

const themeDefSchema = z.object({ id: z.string(), label: z.string(), group: z.string() });

export const corpusSchema = z.object({
  format: z.literal('briefing-atlas/corpus'),
  version: z.literal(1),
  name: z.string(),
  generatedAt: z.string(),
  briefings: z.array(briefingSchema),
  taxonomy: z.object({ themes: z.array(themeDefSchema) }).optional(),
  warnings: z.array(diagnosticSchema),
  /**
   * The analysts' corrections already laid over these tags (docs/data-format.md, "Corrections"), kept so a reader
   * can tell an analyst's decision from the tagger's; also those whose briefing is not in this corpus, applied if it
   * comes back. Optional: most corpora have none.
   */
  corrections: z.array(correctionSchema).optional(),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Briefing = z.infer<typeof briefingSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type ThemeDef = z.infer<typeof themeDefSchema>;

/** A briefing as the parser reads it, before tagging. */
export interface RawBriefing {
  id: string;
  title: string;
  summary: string;
  date?: string;
  url?: string;
  /** A WCO region given by the source itself (an import's `region` column); the tagger adds it to its own. */
  region?: RegionLabel;
  source: { file: string; line: number };
}

export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * Validates untrusted JSON against the corpus contract and says where it breaks.
 * @example validateCorpus(JSON.parse(text)) // → { ok: true, data } or { ok: false, reason: 'briefings.3.title: …' }
 */
export function validateCorpus(input: unknown): Result<Corpus> {
  const parsed = corpusSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
  const count = parsed.error.issues.length;
  return {
    ok: false,
    reason: `Not a Briefing Atlas corpus: ${where}: ${issue?.message ?? 'invalid'}${count > 1 ? ` (and ${count - 1} more problems)` : ''}`,
  };
}
