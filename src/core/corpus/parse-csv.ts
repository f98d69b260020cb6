/**
 * CSV reading for the importer, the export check and the tests, on Papa Parse
 * (docs/decisions/014-well-kept-libraries.md). Papa Parse splits records and cells; this file adds what the app
 * needs on top: the 1-based line on which each record starts, and every problem with its line. Papa Parse reports
 * character offsets (a record with a quoted newline makes record numbers and editor lines differ), so offsets are
 * turned into lines here.
 */
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export interface CsvOutcome {
  records: CsvRecord[];
  /** Problems with where they are: an unclosed quote, text after a closing quote, a quote after a space. */
  problems: { line: number; message: string }[];
}

/**
 * Splits CSV text into records of cells. Delimiter is detected from the header line (comma, semicolon or tab); a
 * byte-order mark is dropped; lines may end in LF, CRLF or CR, mixed in one file; blank lines are skipped.
 * @example parseCsv('title,summary\n"A, b",c').records[1].cells // → ['A, b', 'c']
 */
export function parseCsv(text: string): CsvOutcome {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(source);
  const uniform = uniformLineBreak(source);
  // Papa Parse reads one kind of line break per file. A file that mixes them (a spreadsheet's CRLF rows with LF
  // inside cells) is read with every break as LF: the same lines, and cells then hold LF for CR or CRLF.
  const newline = uniform ?? '\n';
  const lines = uniform ? source : source.replace(/\r\n?/g, '\n');
  // Papa Parse ends a quoted cell at a quote followed by spaces only before a delimiter or a line break, not at the
  // end of the text: end the text with a line break, which adds no record (nor any text to a closed cell).
  const ended = lines === '' || /[\r\n]$/.test(lines);
  const input = ended ? lines : lines + newline;
  const lineAt = lineCounter(input);
  const records: CsvRecord[] = [];
  const problems: CsvOutcome['problems'] = [];
  const keep = (line: number, cells: string[], start: number, clean: boolean) => {
    const blank = cells.length === 1 && cells[0]!.trim() === '';
    if (!blank) records.push({ line, cells });
    if (clean && opensLate(input, start, cells, delimiter))
      problems.push({
        line,
        message:
          'A quote after a space does not start a quoted cell; delimiters after it split the cell as usual.',
      });
  };

  // Read from `base`; a quoted cell left open past the end of its line stops the reading, and it starts again on
  // the next line, so one unclosed quote costs that cell's line and not every row after it.
  let base = 0;
  while (base < input.length) {
    let resume = -1;
    let start = base;
    // Papa Parse drops one leading byte-order mark itself; give it one, so its offsets are offsets from `base`.
    Papa.parse<string[]>(`\uFEFF${base === 0 ? input : input.slice(base)}`, {
      delimiter,
      newline,
      quoteChar: '"',
      escapeChar: '"',
      step: ({ data: cells, errors, meta }, parser) => {
        const line = lineAt(start);
        const end = base + meta.cursor;
        const opened = Math.min(
          ...errors
            .filter((e) => e.type === 'Quotes' && e.index !== undefined)
            .map((e) => base + e.index! - 1),
        );
        const lineEnd = Number.isFinite(opened) ? nextLineBreak(input, opened) : -1;
        const unclosed = errors.some((e) => e.code === 'MissingQuotes');
        if (lineEnd >= 0 && (unclosed || end > lineEnd + newline.length)) {
          // The quote opened on this line was not closed on it: read the line as if it were, go on after it.
          const row = input.slice(start, lineEnd) + '"';
          const parsed = Papa.parse<string[]>(row, { delimiter, newline, quoteChar: '"', escapeChar: '"' });
          keep(line, parsed.data[0] ?? [], start, false);
          resume = lineEnd + newline.length;
          problems.push({
            line: lineAt(opened),
            message:
              resume < input.length
                ? 'A quote opened on this line is never closed on it; the cell was read to the end of the line and the next line was read as a new row.'
                : 'A quote opened on this line is never closed; the cell was read to the end of the line.',
          });
          parser.abort();
          return;
        }
        keep(line, cells, start, errors.length === 0);
        const reported = new Set<number>();
        for (const e of errors) {
          if (e.code !== 'InvalidQuotes' || e.index === undefined || reported.has(e.index)) continue;
          reported.add(e.index);
          problems.push({
            line: lineAt(strayQuote(input, base + e.index)),
            message:
              'Text after a closing quote; it was kept as part of the cell, up to the next closing quote.',
          });
        }
        start = end;
      },
    });
    if (resume < 0) break;
    base = resume;
  }
  return { records, problems };
}

function detectDelimiter(text: string): string {
  const header = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** The one kind of line break the text uses, LF when it has none; null when it mixes kinds. */
function uniformLineBreak(text: string): '\n' | '\r\n' | '\r' | null {
  if (!text.includes('\r')) return '\n';
  if (!text.includes('\n')) return '\r';
  return /\r(?!\n)|(?<!\r)\n/.test(text) ? null : '\r\n';
}

/**
 * Whether a cell of the record at `start`, read as it stands, begins with spaces and then a quote: `a, "b, c"`.
 * RFC 4180 (and Papa Parse) open a quoted cell only with its first character, so such a cell is split at the
 * delimiters inside the quotes. Walks the record's text cell by cell to tell these from quoted cells whose text
 * happens to begin that way. Only for records read without quote problems.
 */
function opensLate(input: string, start: number, cells: string[], delimiter: string): boolean {
  const late = delimiter === '\t' ? /^ +"/ : /^[ \t]+"/;
  if (!cells.some((c) => late.test(c))) return false;
  let at = start;
  for (const cell of cells) {
    if (input[at] === '"') {
      // Quoted: its quotes doubled between two quotes, then perhaps spaces before the delimiter.
      at += cell.length + cell.split('"').length + 1;
      while (at < input.length && input[at] !== delimiter && /\s/.test(input[at]!)) at++;
    } else if (late.test(cell)) return true;
    else at += cell.length;
    at += delimiter.length;
  }
  return false;
}

/** The offset of the first line break at or after `from`; -1 when there is none. */
function nextLineBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  return cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
}

/**
 * Where the quote that Papa Parse found ill-placed is: the first quote after a quoted cell's opening (at `from`,
 * just past it) that is not doubled.
 */
function strayQuote(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at >= 0 && text[at + 1] === '"') at = text.indexOf('"', at + 2);
  return at < 0 ? from : at;
}

/** The 1-based line of a character offset; fast for offsets asked in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  const breaks = /\r\n?|\n/g;
  let line = 1;
  let next = breaks.exec(text);
  let last = 0;
  return (offset) => {
    if (offset < last) {
      breaks.lastIndex = 0;
      line = 1;
      next = breaks.exec(text);
    }
    last = offset;
    while (next && next.index < offset) {
      line++;
      next = breaks.exec(text);
    }
    return line;
  };
}
