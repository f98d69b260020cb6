import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it.each([
    [['a.txt', 'b.txt'], { ok: true, data: { files: ['a.txt', 'b.txt'] } }],
    [['a.txt', '--out', 'c.json'], { ok: true, data: { files: ['a.txt'], out: 'c.json' } }],
    [['--name', 'Week 12', 'a.txt'], { ok: true, data: { files: ['a.txt'], name: 'Week 12' } }],
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
