import { describe, expect, it } from 'vitest';
import { escapeForTerminal, formatDiagnostic, parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it.each([
    [['a.txt', 'b.txt'], { ok: true, data: { files: ['a.txt', 'b.txt'] } }],
    [['a.txt', '--out', 'c.json'], { ok: true, data: { files: ['a.txt'], out: 'c.json' } }],
    [['--name', 'Week 12', 'a.txt'], { ok: true, data: { files: ['a.txt'], name: 'Week 12' } }],
    [['a.txt', '--corrections', 'c.json'], { ok: true, data: { files: ['a.txt'], corrections: 'c.json' } }],
    [['a.txt', '--corrections', '--out', 'x'], { ok: false, reason: '--corrections needs a value.' }],
    [[], { ok: false, reason: 'No input files given.' }],
    [['a.txt', '--out'], { ok: false, reason: '--out needs a value.' }],
    [['a.txt', '--verbose'], { ok: false, reason: 'Unknown option --verbose.' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });
});

describe('formatDiagnostic', () => {
  it('says file, line, severity and message', () => {
    expect(
      formatDiagnostic({
        severity: 'warning',
        code: 'x',
        message: 'A title with no summary.',
        file: 'a.txt',
        line: 7,
      }),
    ).toBe('a.txt:7: warning: A title with no summary.');
    expect(
      formatDiagnostic({
        severity: 'error',
        code: 'x',
        message: 'The file is empty.',
        file: 'b.txt',
        line: 0,
      }),
    ).toBe('b.txt: error: The file is empty.');
  });
});

describe('escapeForTerminal', () => {
  it.each([
    ['a title that retitles the terminal', 'A \x1b]0;pwned\x07 title', 'A \\x1b]0;pwned\\x07 title'],
    ['one that clears it', '\x1b[2J\x1b[H', '\\x1b[2J\\x1b[H'],
    ['a C1 control and DEL', 'a\u009bb\x7f', 'a\\x9bb\\x7f'],
    ['a line break and a tab', 'one\ntwo\tthree', 'one\\x0atwo\\x09three'],
    ['a bidirectional override', 'abc\u202edef', 'abc\\u202edef'],
    ['plain text, accents and quotes', 'Côte d’Ivoire "x"', 'Côte d’Ivoire "x"'],
  ])('escapes %s', (_name, text, escaped) => {
    expect(escapeForTerminal(text)).toBe(escaped);
  });

  it('escapes file content in every diagnostic', () => {
    expect(
      formatDiagnostic({
        severity: 'warning',
        code: 'title-without-summary',
        message: 'A title with no summary: "\x1b]0;pwned\x07".',
        file: 'a\x1b[31m.txt',
        line: 3,
      }),
    ).toBe('a\\x1b[31m.txt:3: warning: A title with no summary: "\\x1b]0;pwned\\x07".');
  });
});
