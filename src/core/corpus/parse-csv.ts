/**
 * A small RFC 4180 CSV reader that keeps line numbers, so every problem can be reported as file:line. Written here
 * rather than taken from a library because the libraries report record indexes, and a record with a quoted
 * newline makes those differ from the line a person sees in an editor.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export interface CsvOutcome {
  records: CsvRecord[];
  /** Problems with where they are: an unclosed quote, stray characters after a closing quote. */
  problems: { line: number; message: string }[];
}

/**
 * Splits CSV text into records of cells. Delimiter is detected from the header line (comma, semicolon or tab).
 * @example parseCsv('title,summary\n"A, b",c').records[1].cells // → ['A, b', 'c']
 */
export function parseCsv(text: string): CsvOutcome {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(source);
  const records: CsvRecord[] = [];
  const problems: CsvOutcome['problems'] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      if (afterQuote && ch !== ' ' && ch !== '\t') {
        problems.push({ line, message: 'Text after a closing quote; it was kept as part of the cell.' });
        afterQuote = false;
      }
      cell += ch;
    }
  }
  if (quoted)
    problems.push({
      line: quoteLine,
      message: 'A quote opened here is never closed; the rest of the file was read as one cell.',
    });
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, problems };
}

function detectDelimiter(text: string): string {
  const header = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}
