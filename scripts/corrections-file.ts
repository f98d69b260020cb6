/**
 * The analysts' corrections on the command line: read a corrections file (seeds/corrections.json for the
 * build-time data step, `--corrections FILE` for `npm run parse` and `npm run eval`), lay it over a tagged corpus
 * with the core's one `applyCorrections`, and say in one line what it did. A file that cannot be used is a message
 * that names the file and the place in it; the caller then writes nothing.
 */
import { readFile } from 'node:fs/promises';
import {
  applyCorrections,
  parseCorrectionsText,
  planCorrectionsImport,
  type Corpus,
  type Correction,
  type Result,
} from '../src/core/corpus';
import { escapeForTerminal } from './cli-args';

/** Reads and checks a corrections file. */
export async function readCorrectionsFile(path: string): Promise<Result<Correction[]>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      reason: `${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  const read = parseCorrectionsText(text);
  return read.ok ? read : { ok: false, reason: `${path}: ${read.reason}` };
}

/**
 * The corpus with the corrections laid over it, and a line saying what they did (safe to print).
 * @example withCorrections(corpus, list, 'seeds/corrections.json').summary // → 'seeds/corrections.json: 1 correction applied, …'
 */
export function withCorrections(
  corpus: Corpus,
  corrections: readonly Correction[],
  path: string,
): { corpus: Corpus; summary: string } {
  const plan = planCorrectionsImport(corpus, [], corrections);
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const parts = [`${n(plan.applied.length, 'correction')} applied`];
  if (plan.alreadySo.length > 0) parts.push(`${plan.alreadySo.length} already so`);
  if (plan.noBriefing.length > 0)
    parts.push(`${n(plan.noBriefing.length, 'for a briefing', 'for briefings')} not in the corpus (kept)`);
  if (plan.conflicts.length > 0)
    parts.push(`${n(plan.conflicts.length, 'conflict')} (the later correction decides)`);
  if (plan.duplicates > 0) parts.push(`${n(plan.duplicates, 'repeat')}`);
  return {
    corpus: applyCorrections(corpus, corrections),
    summary: escapeForTerminal(`${path}: ${parts.join(', ')}.`),
  };
}
