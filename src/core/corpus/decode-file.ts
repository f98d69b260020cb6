/**
 * Turns the bytes of a user's file into text, or into one clear error: empty, binary, or not UTF-8 (with the line
 * of the first bad byte). UTF-16 files with a byte-order mark are decoded, with a warning, since spreadsheet tools
 * write them. Uses only TextDecoder, which the browser, the worker and Node all have.
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
    return fail(
      'not-utf8',
      `The file is not UTF-8: an invalid byte at line ${line} (byte ${at + 1}). Save it as UTF-8 and try again.`,
      line,
    );
  }
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
