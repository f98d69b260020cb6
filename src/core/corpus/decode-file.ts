/**
 * Turns the bytes of a user's file into text, or into one clear error: empty, binary, or neither UTF-8 nor
 * Windows-1252 (with the line of the first bad byte). UTF-16 files with a byte-order mark are decoded, with a
 * warning, since spreadsheet tools write them; so are files of older archives in Windows-1252 (Latin-1), with a
 * warning naming the first line that needed it. Uses only TextDecoder, which the browser, the worker and Node all
 * have.
 */
import type { Diagnostic } from './contract';

export type DecodeOutcome =
  { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

const SAMPLE = 8192;

/**
 * Decodes a file's bytes to text.
 * @example decodeFileBytes(new TextEncoder().encode('Title'), 'a.txt') // → { ok: true, text: 'Title', diagnostics: [] }
 */
export function decodeFileBytes(bytes: Uint8Array, file: string): DecodeOutcome {
  const fail = (code: string, message: string, line = 0): DecodeOutcome => ({
    ok: false,
    diagnostic: { severity: 'error', code, message, file, line },
  });
  if (bytes.length === 0) return fail('empty-file', 'The file is empty.');

  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
      return {
        ok: true,
        text,
        diagnostics: [
          {
            severity: 'warning',
            code: 'utf-16',
            message: `The file is ${utf16.toUpperCase()}; it was decoded, but UTF-8 is preferred.`,
            file,
            line: 0,
          },
        ],
      };
    } catch {
      return fail(
        'not-text',
        `The file starts like ${utf16.toUpperCase()} text but is not valid ${utf16.toUpperCase()}.`,
      );
    }
  }

  if (looksBinary(bytes.subarray(0, SAMPLE))) {
    return fail('binary-file', 'The file is binary (not text): nothing was read from it.');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    // Windows-1252 leaves five bytes undefined; a file that uses them is neither encoding, so it is refused.
    const undefinedAt = bytes.findIndex((b) => UNDEFINED_IN_1252.has(b));
    if (undefinedAt >= 0) {
      const badLine = countLines(bytes, undefinedAt);
      return fail(
        'not-utf8',
        `The file is not UTF-8 (an invalid byte at line ${line}, byte ${at + 1}) nor Windows-1252 (byte ${undefinedAt + 1} at line ${badLine} is undefined there). Save it as UTF-8 and try again.`,
        line,
      );
    }
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      diagnostics: [
        {
          severity: 'warning',
          code: 'windows-1252',
          message: `The file is not UTF-8; it was read as Windows-1252 (Latin-1), first needed at line ${line}. Check its accented letters; UTF-8 is preferred.`,
          file,
          line,
        },
      ],
    };
  }
}

/** Bytes Windows-1252 does not define (the WHATWG decoder turns them into control characters). */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 to text. Browsers' TextDecoder('windows-1252') does it all; Node's treats the name as Latin-1 and
 * leaves 0x80–0x9F as control characters, so those are mapped here, giving the same text everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte that breaks UTF-8 (RFC 3629), or bytes.length. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
