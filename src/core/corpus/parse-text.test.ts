import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLine, parseBriefingText } from './parse-text';
import { decodeFileBytes } from './decode-file';
import { hashBriefing } from './briefing-id';

const SUMMARY =
  'The World Customs Organization held a workshop on risk management. Participants shared practices and agreed next steps.';
const SUMMARY_2 =
  'Customs administrations met to discuss the Harmonized System. The meeting adopted amendments.';

const titlesOf = (text: string) => parseBriefingText(text, 'f.txt').briefings.map((b) => b.title);
const codesOf = (text: string) =>
  parseBriefingText(text, 'f.txt').diagnostics.map((d) => `${d.code}@${d.line}`);

describe('parseBriefingText: the format and its tolerances', () => {
  it.each([
    ['the seed format', `Title A\n\nTitle A\n\n${SUMMARY}\n`],
    ['CRLF line endings', `Title A\r\n\r\nTitle A\r\n\r\n${SUMMARY}\r\n`],
    ['CR line endings', `Title A\r\rTitle A\r\r${SUMMARY}\r`],
    ['a UTF-8 byte-order mark', `\uFEFFTitle A\n\nTitle A\n\n${SUMMARY}`],
    ['trailing spaces and tabs', `Title A  \t\n\t\nTitle A \n\n${SUMMARY}\t \n`],
    ['runs of blank lines', `\n\n\nTitle A\n\n\n\n\nTitle A\n\n\n\n${SUMMARY}\n\n\n`],
    ['no final newline', `Title A\n\nTitle A\n\n${SUMMARY}`],
    ['a title that is not repeated', `Title A\n\n${SUMMARY}\n`],
    ['a summary wrapped over several lines', `Title A\n\nTitle A\n\n${SUMMARY.replace('. ', '.\n')}\n`],
    ['non-breaking spaces', `Title\u00a0A\n\nTitle A\n\n${SUMMARY}`],
  ])('reads %s', (_name, text) => {
    const { briefings, diagnostics } = parseBriefingText(text, 'f.txt');
    expect(diagnostics).toEqual([]);
    expect(briefings).toHaveLength(1);
    expect(briefings[0]!.title).toBe('Title A');
    expect(briefings[0]!.summary).toBe(SUMMARY);
    expect(briefings[0]!.source).toEqual({ file: 'f.txt', line: text.startsWith('\n') ? 4 : 1 });
  });

  it('normalises curly quotes, odd spaces and composes to NFC', () => {
    expect(normalizeLine('  \u201cSmart\u201d\u00a0borders\u2019 e\u0301 \t')).toBe(
      '"Smart" borders\' \u00e9',
    );
  });

  it('keeps a short summary after a repeated title', () => {
    const { briefings } = parseBriefingText('Title A\n\nTitle A\n\nShort summary line\n', 'f.txt');
    expect(briefings.map((b) => b.summary)).toEqual(['Short summary line']);
  });

  it('reads several briefings, repeated and not, in one file', () => {
    expect(
      titlesOf(
        `Title A\n\nTitle A\n\n${SUMMARY}\n\nTitle B\n\n${SUMMARY_2}\n\nTitle C\n\nTitle C\n\n${SUMMARY}`,
      ),
    ).toEqual(['Title A', 'Title B', 'Title C']);
  });
});

describe('parseBriefingText: reports what and where, and keeps the good', () => {
  it.each([
    [
      'a title with no summary',
      `Lonely title\n\nTitle B\n\nTitle B\n\n${SUMMARY}`,
      ['Title B'],
      ['title-without-summary@1'],
    ],
    [
      'a title at the end of the file',
      `Title B\n\n${SUMMARY}\n\nLast title`,
      ['Title B'],
      ['title-without-summary@5'],
    ],
    [
      'a repeated title with no summary',
      `Title A\n\nTitle A\n\nTitle B\n\nTitle B\n\n${SUMMARY}`,
      ['Title B'],
      ['title-without-summary@1'],
    ],
    [
      'a summary with no title',
      `${SUMMARY}\n\nTitle B\n\n${SUMMARY_2}`,
      ['Title B'],
      ['summary-without-title@1'],
    ],
    [
      'an exact duplicate briefing (kept once)',
      `Title A\n\nTitle A\n\n${SUMMARY}\n\nTitle A\n\nTitle A\n\n${SUMMARY}`,
      ['Title A'],
      ['duplicate@7'],
    ],
    ['an empty file', '', [], ['empty-file@0']],
    ['a file of blank lines', '\n \n\t\n', [], ['empty-file@0']],
  ])('%s', (_name, text, titles, codes) => {
    expect(titlesOf(text)).toEqual(titles);
    expect(codesOf(text)).toEqual(codes);
  });

  it('names the file in every diagnostic', () => {
    const { diagnostics } = parseBriefingText(`${SUMMARY}\n`, 'inbox/week-12.txt');
    expect(diagnostics[0]).toMatchObject({ file: 'inbox/week-12.txt', line: 1, severity: 'warning' });
    expect(diagnostics[0]!.message).toMatch(/summary with no title/i);
  });
});

describe('decodeFileBytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['an empty file', new Uint8Array(), 'empty-file', 0],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'binary-file',
      0,
    ],
    [
      'text in neither UTF-8 nor Windows-1252',
      new Uint8Array([...enc('Title\n\nCaf'), 0xe9, 0x81, ...enc(' summary')]),
      'not-utf8',
      3,
    ],
  ])('refuses %s with a clear message', (_name, bytes, code, line) => {
    const out = decodeFileBytes(bytes, 'x.txt');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.diagnostic).toMatchObject({ code, line, file: 'x.txt', severity: 'error' });
  });

  it('decodes UTF-16 with a byte-order mark, with a warning', () => {
    const text = 'Title A';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => (bytes[2 + i * 2] = ch.charCodeAt(0)));
    const out = decodeFileBytes(bytes, 'u.txt');
    expect(out).toMatchObject({ ok: true, text: 'Title A', diagnostics: [{ code: 'utf-16' }] });
  });

  it('decodes UTF-8 with accents', () => {
    expect(decodeFileBytes(enc('Côte d’Ivoire'), 'a.txt')).toMatchObject({ ok: true, text: 'Côte d’Ivoire' });
  });
});

describe('hashBriefing', () => {
  it('is stable and content-derived', () => {
    expect(hashBriefing('A', 'B')).toBe(hashBriefing('A', 'B'));
    expect(hashBriefing('A', 'B')).not.toBe(hashBriefing('A', 'C'));
    expect(hashBriefing('A', 'B')).toMatch(/^b[0-9a-f]{16}$/);
  });
  it('matches the FNV-1a 64-bit reference value', () => {
    // FNV-1a 64 of "a\nb" computed with BigInt, the slow obvious way.
    let h = 0xcbf29ce484222325n;
    for (const ch of 'a\nb') h = ((h ^ BigInt(ch.charCodeAt(0))) * 0x100000001b3n) & 0xffffffffffffffffn;
    expect(hashBriefing('a', 'b')).toBe('b' + h.toString(16).padStart(16, '0'));
  });
});

describe('parseBriefingText: properties', () => {
  const word = fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/);
  const title = fc.array(word, { minLength: 3, maxLength: 9 }).map((w) => w.join(' '));
  const summary = fc
    .array(fc.array(word, { minLength: 6, maxLength: 14 }), { minLength: 2, maxLength: 4 })
    .map((sentences) => sentences.map((s) => s.join(' ') + '.').join(' '));

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const out = parseBriefingText(text, 'x.txt');
        expect(Array.isArray(out.briefings)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a well-formed briefing whatever garbage surrounds it', () => {
    const garbage = fc
      .array(fc.oneof(fc.string({ maxLength: 80 }), word, summary), { maxLength: 4 })
      .map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(garbage, title, summary, garbage, (before, t, s, after) => {
        const text = `${before}\n\n${t}\n\n${t}\n\n${s}\n\n${after}`;
        const { briefings } = parseBriefingText(text, 'x.txt');
        expect(briefings.some((b) => b.title === normalizeLine(t) && b.summary === normalizeLine(s))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same ids on every run', () => {
    fc.assert(
      fc.property(title, summary, (t, s) => {
        const a = parseBriefingText(`${t}\n\n${s}`, 'a.txt').briefings[0];
        const b = parseBriefingText(`${t}\r\n\r\n${t}\r\n\r\n${s}`, 'b.txt').briefings[0];
        expect(a?.id).toBeDefined();
        expect(a?.id).toBe(b?.id);
      }),
    );
  });
});

describe('parseBriefingText: every well-formed briefing survives', () => {
  const word = fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/);
  const words = (min: number, max: number) =>
    fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
  // A headline, perhaps with a full stop inside: "Customs meet. Plans agreed".
  const title = fc.oneof(
    words(3, 6),
    fc.tuple(words(2, 4), words(1, 3)).map(([a, b]) => `${a}. ${b}`),
  );
  const summary = fc
    .array(words(8, 14), { minLength: 3, maxLength: 5 })
    .map((sentences) => sentences.map((s) => s[0]!.toUpperCase() + s.slice(1) + '.').join(' '));
  const layout = fc.record({
    titleTwice: fc.boolean(),
    summaryTwice: fc.boolean(),
    wrapAt: fc.option(fc.integer({ min: 2, max: 8 }), { nil: null }),
    gap: fc.integer({ min: 1, max: 3 }),
  });
  const arrangement = fc.record({
    briefings: fc.uniqueArray(fc.tuple(title, summary, layout), {
      minLength: 1,
      maxLength: 6,
      selector: ([t]) => normalizeLine(t).toLowerCase(),
    }),
    eol: fc.constantFrom('\n', '\r\n'),
  });

  it('in any arrangement: titles repeated or not, with full stops, summaries repeated or wrapped', () => {
    fc.assert(
      fc.property(arrangement, ({ briefings, eol }) => {
        const blocks: string[] = [];
        for (const [t, s, { titleTwice, summaryTwice, wrapAt, gap }] of briefings) {
          const body = wrapAt === null ? s : wrapWords(s, wrapAt, eol);
          const sep = eol.repeat(gap + 1);
          blocks.push([t, ...(titleTwice ? [t] : []), body, ...(summaryTwice ? [body] : [])].join(sep));
        }
        const out = parseBriefingText(blocks.join(eol + eol), 'x.txt');
        expect(out.diagnostics).toEqual([]);
        expect(out.briefings.map((b) => [b.title, b.summary])).toEqual(
          briefings.map(([t, s]) => [normalizeLine(t), normalizeLine(s)]),
        );
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a summary given twice', `Title A\n\nTitle A\n\n${SUMMARY}\n\n${SUMMARY}\n\nTitle B\n\n${SUMMARY_2}`],
    ['a title with a full stop', `WCO meets. Plans agreed\n\n${SUMMARY}\n\nTitle B\n\n${SUMMARY_2}`],
  ])('keeps a briefing with %s', (_name, text) => {
    const { briefings, diagnostics } = parseBriefingText(text, 'f.txt');
    expect(diagnostics).toEqual([]);
    expect(briefings).toHaveLength(2);
    expect(briefings[0]!.summary).toBe(SUMMARY);
  });
});

function wrapWords(text: string, every: number, eol: string): string {
  const w = text.split(' ');
  const lines: string[] = [];
  for (let i = 0; i < w.length; i += every) lines.push(w.slice(i, i + every).join(' '));
  return lines.join(eol);
}
