/**
 * Reading files into raw briefings: decode the bytes, pick the reader (text, JSON or CSV), and merge exact
 * duplicates across files. Every problem is reported with file and line; every good briefing is kept.
 */
import type { Diagnostic, RawBriefing } from './contract';
import { decodeFileBytes } from './decode-file';
import { parseBriefingText } from './parse-text';
import { readCsvBriefings, readJsonBriefings } from './read-records';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads raw files into raw briefings with every problem reported; an exact duplicate across files is kept once.
 * @example readBriefingFiles([{ name: 'a.txt', bytes }]) // → { briefings: [...], diagnostics: [...] }
 */
export function readBriefingFiles(files: readonly SourceFile[]): {
  briefings: RawBriefing[];
  diagnostics: Diagnostic[];
} {
  const briefings: RawBriefing[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, RawBriefing>();
  for (const file of files) {
    const decoded = decodeFileBytes(file.bytes, file.name);
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    // Appended one by one: a file can bring 100,000 warnings, too many to spread into a call's arguments.
    for (const d of decoded.diagnostics) diagnostics.push(d);
    const parsed = readBriefingText(decoded.text, file.name);
    for (const d of parsed.diagnostics) diagnostics.push(d);
    for (const briefing of parsed.briefings) {
      const first = seen.get(briefing.id);
      if (first) {
        diagnostics.push({
          severity: 'warning',
          code: 'duplicate',
          message: `Duplicate of the briefing at ${first.source.file}:${first.source.line}: kept once.`,
          file: briefing.source.file,
          line: briefing.source.line,
        });
        continue;
      }
      seen.set(briefing.id, briefing);
      briefings.push(briefing);
    }
  }
  return { briefings, diagnostics };
}

/**
 * Reads one file's text in the format its name or content says: JSON, CSV, or the briefing text format.
 * @example readBriefingText('title,summary\nT,S.', 'week.csv') // → read as CSV
 */
export function readBriefingText(
  text: string,
  file: string,
): { briefings: RawBriefing[]; diagnostics: Diagnostic[] } {
  const name = file.toLowerCase();
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (name.endsWith('.json') || (!/\.(txt|csv|tsv)$/.test(name) && (start === '{' || start === '['))) {
    return readJsonBriefings(text, file);
  }
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return readCsvBriefings(text, file);
  return parseBriefingText(text, file);
}
