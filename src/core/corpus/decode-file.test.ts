import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from './decode-file';
import { readBriefingFiles } from './read-briefings';

const enc = (s: string) => new TextEncoder().encode(s);
/** Latin text as Windows-1252 bytes (every character below U+0100 is one byte of the same value there). */
const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

describe('decodeFileBytes: legacy Windows-1252 text', () => {
  it('reads it, with a warning naming the encoding and the first line that needed it', () => {
    const out = decodeFileBytes(latin1('Title\n\nTitle\n\nCafé in Yaoundé.\n'), 'old.txt');
    expect(out).toMatchObject({
      ok: true,
      text: 'Title\n\nTitle\n\nCafé in Yaoundé.\n',
      diagnostics: [{ severity: 'warning', code: 'windows-1252', file: 'old.txt', line: 5 }],
    });
    if (out.ok) expect(out.diagnostics[0]!.message).toMatch(/Windows-1252.*line 5/);
  });

  it('maps the bytes Windows-1252 gives typographic characters (0x80–0x9F)', () => {
    const bytes = new Uint8Array([...enc('Price '), 0x80, 0x20, 0x93, ...enc('quoted'), 0x94, 0x96]);
    expect(decodeFileBytes(bytes, 'x.txt')).toMatchObject({ ok: true, text: 'Price € “quoted”–' });
  });

  it.each([
    ['a NUL byte', new Uint8Array([...latin1('Caf\u00e9'), 0, 1, 2])],
    ['an undefined Windows-1252 byte', new Uint8Array([...latin1('Caf\u00e9 '), 0x8d, ...enc(' x')])],
  ])('still refuses a file with %s', (_name, bytes) => {
    const out = decodeFileBytes(bytes, 'x.bin');
    expect(out.ok).toBe(false);
  });

  it('keeps UTF-8 files as UTF-8, with no warning', () => {
    expect(decodeFileBytes(enc('Café'), 'a.txt')).toEqual({ ok: true, text: 'Café', diagnostics: [] });
  });

  it('gives the briefings of a Windows-1252 file, accents intact', () => {
    const title = "Côte d'Ivoire hosts a workshop";
    const text = `${title}\n\n${title}\n\nThe Direction Générale des Douanes welcomed experts.\n`;
    const { briefings, diagnostics } = readBriefingFiles([{ name: 'archive.txt', bytes: latin1(text) }]);
    expect(briefings.map((b) => b.title)).toEqual([title]);
    expect(briefings[0]!.summary).toContain('Générale');
    expect(diagnostics.map((d) => d.code)).toEqual(['windows-1252']);
  });
});
