/**
 * A binary container for large numeric data (the search index file): a JSON header and named byte sections, each
 * section 4-byte aligned so a reader can lay a Uint32Array or Uint16Array over it where it lies, without parsing,
 * base64 or copying. At 100,000 briefings the index as JSON with base64 columns took ~0.5 s to parse and unpack
 * in the worker before any real decoding began (docs/decisions/012-binary-search-index.md).
 *
 * Layout: the 4 bytes `BAIX`, the header's byte length (uint32, little-endian), the header (UTF-8 JSON, an object
 * with `sections: [name, offset, byteLength][]`, offsets from the first byte after the header's padding), zero
 * padding to a multiple of 4, then the sections. Numbers inside sections are little-endian, as typed arrays are
 * on every machine a browser runs on; a big-endian machine is refused with a clear reason (the caller rebuilds).
 */

const MAGIC = [0x42, 0x41, 0x49, 0x58] as const; // 'BAIX'

/** Whether this machine's typed arrays are little-endian (the file's byte order). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function requireLittleEndian(): void {
  if (!LITTLE_ENDIAN) throw new RangeError('This index file needs a little-endian machine.');
}

const align4 = (n: number) => (n + 3) & ~3;

/** The bytes of a typed array as they lie in memory (no copy). */
function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/**
 * Writes a header and named sections into one file.
 * @example writeSectionFile({ format: 'x' }, [['docs', new Uint32Array([1, 2])]]) // → Uint8Array starting 'BAIX'
 */
export function writeSectionFile(
  header: Record<string, unknown>,
  sections: readonly (readonly [name: string, data: ArrayBufferView])[],
): Uint8Array {
  requireLittleEndian();
  const table: [string, number, number][] = [];
  let offset = 0;
  for (const [name, data] of sections) {
    table.push([name, offset, data.byteLength]);
    offset = align4(offset + data.byteLength);
  }
  const head = new TextEncoder().encode(JSON.stringify({ ...header, sections: table }));
  const start = align4(8 + head.length);
  const out = new Uint8Array(start + offset);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  sections.forEach(([, data], i) => out.set(bytesOf(data), start + table[i]![1]));
  return out;
}

/** A read section file: its header, and its sections as views into the file's bytes. */
export interface SectionFile {
  header: Record<string, unknown>;
  /** The bytes of a section; throws a RangeError naming it when the file has none. */
  bytes(name: string): Uint8Array;
  /** A section as 32-bit unsigned integers (a view where aligned, else a copy). */
  u32(name: string): Uint32Array;
  /** A section as 16-bit unsigned integers (a view where aligned, else a copy). */
  u16(name: string): Uint16Array;
}

/** Whether the bytes begin as a section file does (its magic number), whatever follows. */
export function isSectionFile(data: ArrayBuffer | Uint8Array): boolean {
  const file = data instanceof Uint8Array ? data : new Uint8Array(data);
  return file.length >= 8 && MAGIC.every((b, i) => file[i] === b);
}

/**
 * Reads a file written by `writeSectionFile`. Throws a TypeError when the bytes are not such a file and a
 * RangeError when it is cut short or its sections overlap its end.
 */
export function readSectionFile(data: ArrayBuffer | Uint8Array): SectionFile {
  if (!isSectionFile(data)) throw new TypeError('Not a Briefing Atlas data file.');
  const file = data instanceof Uint8Array ? data : new Uint8Array(data);
  requireLittleEndian();
  const headLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(4, true);
  if (8 + headLength > file.length) throw new RangeError('The file ends inside its header.');
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + headLength)));
  } catch {
    throw new TypeError('The file header is not valid JSON.');
  }
  if (
    typeof header !== 'object' ||
    header === null ||
    !Array.isArray((header as { sections?: unknown }).sections)
  )
    throw new TypeError('The file header lists no sections.');
  const start = align4(8 + headLength);
  const table = new Map<string, [number, number]>();
  for (const entry of (header as { sections: unknown[] }).sections) {
    if (
      !Array.isArray(entry) ||
      typeof entry[0] !== 'string' ||
      !Number.isInteger(entry[1]) ||
      !Number.isInteger(entry[2]) ||
      entry[1] < 0 ||
      entry[2] < 0
    )
      throw new TypeError('The file header has a malformed section entry.');
    const [name, offset, length] = entry as [string, number, number];
    if (start + offset + length > file.length)
      throw new RangeError(`The file ends inside its section "${name}".`);
    table.set(name, [start + offset, length]);
  }
  const bytes = (name: string): Uint8Array => {
    const at = table.get(name);
    if (!at) throw new RangeError(`The file has no section "${name}".`);
    return file.subarray(at[0], at[0] + at[1]);
  };
  function typed<T>(
    name: string,
    size: number,
    make: (buffer: ArrayBufferLike, offset: number, count: number) => T,
  ): T {
    const b = bytes(name);
    if (b.length % size !== 0) throw new RangeError(`The section "${name}" is not a whole number of values.`);
    // Aligned in the file; a view into a buffer at an odd offset (rare: a caller's subarray) is copied first.
    const own = b.byteOffset % size === 0 ? b : b.slice();
    return make(own.buffer, own.byteOffset, own.length / size);
  }
  return {
    header: header as Record<string, unknown>,
    bytes,
    u32: (name) => typed(name, 4, (buffer, offset, count) => new Uint32Array(buffer, offset, count)),
    u16: (name) => typed(name, 2, (buffer, offset, count) => new Uint16Array(buffer, offset, count)),
  };
}
