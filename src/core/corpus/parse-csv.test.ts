import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './parse-csv';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);
const lines = (text: string) => parseCsv(text).records.map((r) => r.line);

describe('parseCsv line breaks', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s files, keeping line breaks inside quoted cells as they are', (_name, eol) => {
    const text = `title,summary${eol}"A","one${eol}two"${eol}${eol}B,c${eol}`;
    expect(cells(text)).toEqual([
      ['title', 'summary'],
      ['A', `one${eol}two`],
      ['B', 'c'],
    ]);
    expect(lines(text)).toEqual([1, 2, 5]);
  });

  it('reads a spreadsheet export: CRLF rows, LF inside cells', () => {
    const text = '\uFEFFtitle,summary\r\n"A","one\ntwo"\r\nB,c\r\n';
    expect(cells(text)).toEqual([
      ['title', 'summary'],
      ['A', 'one\ntwo'],
      ['B', 'c'],
    ]);
    expect(lines(text)).toEqual([1, 2, 4]);
  });

  it('counts every kind of line break when a file mixes them', () => {
    expect(lines('a,b\nc,d\r\ne,f\rg,h')).toEqual([1, 2, 3, 4]);
  });
});

describe('parseCsv problems', () => {
  it.each([
    [
      'the last quote in the file',
      'title,summary\nA,"one\nB,c\n',
      [
        ['A', 'one'],
        ['B', 'c'],
      ],
    ],
    [
      'before a quoted row',
      'title,summary\r\n"A","one\r\n"B","c"\r\n',
      [
        ['A', 'one'],
        ['B', 'c'],
      ],
    ],
    [
      'before a stray closing quote',
      'title,summary\nA,"one\ntwo"x\nB,c',
      [['A', 'one'], ['two"x'], ['B', 'c']],
    ],
    [
      'with doubled quotes in it',
      'a,b\nc,"d ""e""\nf,g',
      [
        ['c', 'd "e"'],
        ['f', 'g'],
      ],
    ],
  ])('reports an unclosed quote %s at its line and reads the rows after it', (_name, text, rows) => {
    const out = parseCsv(text);
    expect(out.records.slice(1).map((r) => r.cells)).toEqual(rows);
    expect(out.records.slice(1).map((r) => r.line)).toEqual(rows.map((_, i) => i + 2));
    expect(out.problems).toEqual([
      { line: 2, message: expect.stringMatching(/quote opened on this line is never closed/) },
    ]);
  });

  it('keeps the rest of the last line as the unclosed cell, quotes undoubled', () => {
    const out = parseCsv('a,b\nc,"d ""e""');
    expect(out.records.at(-1)!.cells).toEqual(['c', 'd "e"']);
    expect(out.problems).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
  });

  it('reports a quote after a space, which does not open a quoted cell', () => {
    const out = parseCsv('title, summary\nA, "b, c"');
    expect(out.records[1]!.cells).toEqual(['A', ' "b', ' c"']);
    expect(out.problems).toEqual([{ line: 2, message: expect.stringMatching(/quote after a space/) }]);
  });

  it('does not mistake a quoted cell that begins with a space and a quote for one', () => {
    expect(parseCsv('a,b\n" ""x""",y').problems).toEqual([]);
  });

  it('lets spaces follow the closing quote of the last cell', () => {
    expect(parseCsv('a,b\nc,"d"  ')).toEqual({
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['c', 'd'] },
      ],
      problems: [],
    });
  });

  it('keeps a last empty cell after a tab', () => {
    expect(cells('a\tb\n"c"\t')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});

describe('parseCsv reads back what a writer wrote', () => {
  const cell = fc
    .array(fc.constantFrom('a', 'B', ' ', ',', ';', '\t', '"', '\n', 'é', 'x y'), { maxLength: 6 })
    .map((parts) => parts.join(''));
  const file = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    rows: fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean()), {
      maxLength: 8,
    }),
    finalEol: fc.boolean(),
  });

  it('with the same cells and the line each record starts on', () => {
    fc.assert(
      fc.property(file, ({ delimiter, eol, bom, rows, finalEol }) => {
        const header = ['title', 'summary'];
        let text = (bom ? '\uFEFF' : '') + header.join(delimiter);
        let line = 1;
        const expected = [{ line, cells: header }];
        for (const [row, quoteAll, blankBefore] of rows) {
          if (blankBefore) {
            text += eol;
            line++;
          }
          const written = row.map((c) => c.replaceAll('\n', eol));
          const quoted = written.map((c) =>
            quoteAll || /["\r\n,;\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c,
          );
          text += eol;
          line++;
          if (!(written.length === 1 && written[0]!.trim() === '')) expected.push({ line, cells: written });
          text += quoted.join(delimiter);
          line += written.join('').split(eol).length - 1;
        }
        if (finalEol) text += eol;
        expect(parseCsv(text)).toEqual({ records: expected, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseCsv with one unclosed quote', () => {
  const cell = fc
    .array(fc.constantFrom('a', 'B', ' ', ',', '"', '\n', 'é'), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''))
    // A later quoted cell that starts with a delimiter, a space or a line break would close the open quote validly
    // (`"...\n",`): then the file is well-formed CSV, only not what was meant, and nothing can tell.
    .filter((c) => /^[aBé]/.test(c));

  it('loses no row but the one where the quote opened', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('\n', '\r\n'),
        (rows, pick, eol) => {
          const broken = pick % rows.length;
          const quote = (c: string) => `"${c.replaceAll('"', '""').replaceAll('\n', eol)}"`;
          let text = 'title,summary';
          let line = 1;
          const expected: { line: number; cells: string[] }[] = [];
          let brokenLine = 0;
          rows.forEach(([a, b], i) => {
            text += eol;
            line++;
            if (i === broken) {
              text += `${quote(a)},"unclosed ""text`;
              expected.push({ line, cells: [a.replaceAll('\n', eol), 'unclosed "text'] });
              line += a.split('\n').length - 1;
              brokenLine = line;
              return;
            }
            text += `${quote(a)},${quote(b)}`;
            expected.push({ line, cells: [a, b].map((c) => c.replaceAll('\n', eol)) });
            line += (a + b).split('\n').length - 1;
          });
          const out = parseCsv(text + eol);
          expect(out.records.slice(1)).toEqual(expected);
          expect(out.problems).toEqual([
            { line: brokenLine, message: expect.stringMatching(/never closed/) },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
