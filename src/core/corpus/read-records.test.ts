import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeDate, normalizeUrl } from './normalize-fields';
import { readCsvBriefings, readJsonBriefings } from './read-records';
import { parseCsv } from './parse-csv';
import { readBriefingText } from './read-briefings';

const codes = (out: { diagnostics: { code: string; line: number }[] }) =>
  out.diagnostics.map((d) => `${d.code}@${d.line}`);

describe('parseCsv', () => {
  it.each([
    [
      'plain cells',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'quoted commas and quotes',
      'a,b\n"x, ""y""",z',
      [
        ['a', 'b'],
        ['x, "y"', 'z'],
      ],
    ],
    [
      'CRLF and a final newline',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'semicolons (European spreadsheets)',
      'a;b\nc;"d;e"',
      [
        ['a', 'b'],
        ['c', 'd;e'],
      ],
    ],
    [
      'tabs',
      'a\tb\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a byte-order mark',
      '\uFEFFa,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'blank lines',
      'a,b\n\nc,d\n\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
  ])('reads %s', (_name, text, cells) => {
    expect(parseCsv(text).records.map((r) => r.cells)).toEqual(cells);
  });

  it('keeps the line a record starts on across quoted newlines', () => {
    const { records } = parseCsv('title,summary\n"A","line one\nline two"\n"B","x"');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reports an unclosed quote where it opened', () => {
    expect(parseCsv('a,b\nc,"d\ne,f').problems).toEqual([
      { line: 2, message: expect.stringMatching(/never closed/) },
    ]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void parseCsv(s)));
  });
});

describe('readCsvBriefings', () => {
  it('reads title, summary, date and url in any column order', () => {
    const out = readCsvBriefings(
      'URL,Summary,Title,Date\nhttps://wco.example/a,"S, one.",T1,2023-09-12\n,S two.,T2,',
      'a.csv',
    );
    expect(out.diagnostics).toEqual([]);
    expect(out.briefings.map(({ title, summary, date, url }) => ({ title, summary, date, url }))).toEqual([
      { title: 'T1', summary: 'S, one.', date: '2023-09-12', url: 'https://wco.example/a' },
      { title: 'T2', summary: 'S two.', date: undefined, url: undefined },
    ]);
    expect(out.briefings[1]!.source).toEqual({ file: 'a.csv', line: 3 });
  });

  it.each([
    ['no summary column', 'title,body_text\nA,B', 'csv-columns@1'],
    ['no title and no summary column', 'x,y\n1,2', 'csv-columns@1'],
    ['an empty file', '', 'empty-file@0'],
  ])('refuses a file with %s, clearly', (_name, text, code) => {
    const out = readCsvBriefings(text, 'a.csv');
    expect(out.briefings).toEqual([]);
    expect(codes(out)).toEqual([code]);
  });

  it.each([
    ['a header row alone', 'title,summary\r\n', 'no-rows@1', /header row but no rows/],
    ['nothing at all', '\uFEFF', 'empty-file@0', /no rows/],
  ])('says what was empty in %s', (_name, text, code, message) => {
    const out = readCsvBriefings(text, 'a.csv');
    expect(codes(out)).toEqual([code]);
    expect(out.diagnostics[0]!.message).toMatch(message);
  });

  it('takes the formula guard off only in a file the app exported', () => {
    const header =
      'id,title,summary,date,url,themes,regions,countries,country_codes,programmes,organizations,instruments,people';
    const exported = readCsvBriefings(`${header}\nb1,"'=A1","'-pandemic ''@x","",,,,,,,,,`, 'e.csv');
    expect(exported.briefings.map((b) => [b.title, b.summary])).toEqual([['=A1', "-pandemic ''@x"]]);
    const own = readCsvBriefings(`title,summary\n"'=A1","'-pandemic"`, 'o.csv');
    expect(own.briefings.map((b) => [b.title, b.summary])).toEqual([["'=A1", "'-pandemic"]]);
  });

  it('names the columns it needs and the ones it found', () => {
    expect(readCsvBriefings('headline_x,body_text\nA,B', 'a.csv').diagnostics[0]!.message).toBe(
      'The header row needs a "title" column and a "summary" column; it has: "headline_x", "body_text".',
    );
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const out = readCsvBriefings(
      'title,summary,date,url\nA,Good.,31/02/2023,javascript:alert(1)\n,No title.\nB,,\nC,Also good.,,',
      'a.csv',
    );
    expect(out.briefings.map((b) => b.title)).toEqual(['A', 'C']);
    expect(out.briefings[0]).not.toHaveProperty('url');
    expect(out.briefings[0]).not.toHaveProperty('date');
    expect(codes(out)).toEqual([
      'bad-date@2',
      'bad-url@2',
      'summary-without-title@3',
      'title-without-summary@4',
    ]);
  });
});

describe('readJsonBriefings', () => {
  it('reads a plain array of records with line numbers', () => {
    const text =
      '[\n  {"title": "A", "summary": "S one.", "region": "asia/pacific"},\n  {"title": "B", "summary": "S two.", "date": "12 September 2023"}\n]';
    const out = readJsonBriefings(text, 'a.json');
    expect(out.diagnostics).toEqual([]);
    expect(out.briefings.map((b) => [b.title, b.source.line, b.region, b.date])).toEqual([
      ['A', 2, 'Asia/Pacific', undefined],
      ['B', 3, undefined, '2023-09-12'],
    ]);
  });

  it('reads the corpus contract shape', () => {
    const text = JSON.stringify(
      { format: 'briefing-atlas/corpus', name: 'x', briefings: [{ title: 'A', summary: 'S.', themes: [] }] },
      null,
      1,
    );
    const out = readJsonBriefings(text, 'c.json');
    expect(out.briefings.map((b) => [b.title, b.source.line])).toEqual([['A', 5]]);
  });

  it.each([
    ['broken JSON', '[{"title": "A",\n "summary": }]', 'bad-json@2'],
    ['the wrong shape', '{"items": []}', 'bad-json-shape@1'],
    ['an empty list', '[]', 'empty-list@1'],
    ['a corpus with no briefings', '{"format": "briefing-atlas/corpus", "briefings": []}', 'empty-list@1'],
  ])('refuses %s with the line', (_name, text, code) => {
    expect(codes(readJsonBriefings(text, 'a.json'))).toEqual([code]);
  });

  it('skips bad records and keeps good ones', () => {
    const out = readJsonBriefings(
      '[\n"text",\n{"title": 3, "summary": "S."},\n{"title": "ok", "summary": "Fine."},\n{"title": "x", "summary": "y", "region": "Atlantis"}\n]',
      'a.json',
    );
    expect(out.briefings.map((b) => b.title)).toEqual(['ok', 'x']);
    expect(codes(out)).toEqual(['bad-record@2', 'summary-without-title@3', 'bad-region@5']);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2023-09-12', '2023-09-12'],
    ['2023-09-12T08:30:00Z', '2023-09-12'],
    ['2023-09', '2023-09'],
    ['12/09/2023', '2023-09-12'],
    ['2023/9/2', '2023-09-02'],
    ['12 September 2023', '2023-09-12'],
    ['September 12, 2023', '2023-09-12'],
    ['31/02/2023', null],
    ['2023-13-01', null],
    ['yesterday', null],
    ['12', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://www.wcoomd.org/en/media', 'https://www.wcoomd.org/en/media'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});

describe('readBriefingText picks the reader', () => {
  it.each([
    ['a.csv', 'title,summary\nT,S.', 1],
    ['a.json', '[{"title":"T","summary":"S."}]', 1],
    ['pasted', '[{"title":"T","summary":"S."}]', 1],
    ['a.txt', 'T\n\nT\n\nThe summary of the briefing is here. It has two sentences.', 1],
  ])('%s', (file, text, count) => {
    expect(readBriefingText(text, file).briefings).toHaveLength(count);
  });
});
