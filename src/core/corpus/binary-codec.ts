/**
 * Compact numeric columns for the data files of a large corpus: unsigned LEB128 varints in a byte array (the search
 * index's postings, section-file.ts), carried in JSON as base64 in the compact corpus. A column of small numbers (tag indices, gaps between
 * ascending briefing numbers) takes about one byte a number instead of 2–8 characters of JSON, and decodes without
 * building a JavaScript number array first.
 */

/** Grows a byte buffer as varints are written. */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  /** Writes a non-negative integer (up to 2^53) as an unsigned LEB128 varint. */
  varint(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /** The bytes written so far (a copy sized to fit). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads varints back; throws a RangeError past the end, so a truncated column is a clear failure, not garbage. */
export class ByteReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  varint(): number {
    const bytes = this.bytes;
    let b = bytes[this.pos++];
    if (b === undefined) throw new RangeError('The data ends in the middle of a number.');
    if (b < 0x80) return b;
    let value = b & 0x7f;
    let scale = 0x80;
    for (;;) {
      b = bytes[this.pos++];
      if (b === undefined) throw new RangeError('The data ends in the middle of a number.');
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 53) throw new RangeError('A number in the data is too large.');
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}

interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
interface NativeToBase64 {
  toBase64?: () => string;
}

/**
 * Base64 (standard alphabet, padded). Uses the engine's own codec where it has one (Chromium 140+), else a table.
 * @example encodeBase64(new Uint8Array([1, 2, 3])) // → 'AQID'
 */
export function encodeBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[v >> 18]!;
    out[o++] = ENCODE[(v >> 12) & 63]!;
    out[o++] = ENCODE[(v >> 6) & 63]!;
    out[o++] = ENCODE[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const v = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENCODE[v >> 18]!;
    out[o++] = ENCODE[(v >> 12) & 63]!;
    out[o++] = rest === 2 ? ENCODE[(v >> 6) & 63]! : 61;
    out[o++] = 61;
  }
  return new TextDecoder().decode(out);
}

/** Decodes base64; throws a RangeError on a character outside the alphabet. */
export function decodeBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as NativeBase64).fromBase64;
  if (typeof native === 'function') {
    try {
      return native(text);
    } catch {
      throw new RangeError('The data is not valid base64.');
    }
  }
  const codes = new TextEncoder().encode(text);
  let len = codes.length;
  while (len > 0 && codes[len - 1] === 61) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const d = DECODE[codes[i]!]!;
    if (d < 0) throw new RangeError('The data is not valid base64.');
    acc = ((acc << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
