import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSectionFile, writeSectionFile } from './section-file';

describe('writeSectionFile / readSectionFile', () => {
  it('gives back the header and every section, numbers viewed in place where aligned', () => {
    const docs = new Uint32Array([0, 7, 4_000_000_000]);
    const lengths = new Uint16Array([1, 65535, 3]);
    const odd = new Uint8Array([1, 2, 3]);
    const file = writeSectionFile({ format: 'test', ids: ['a', 'ü'] }, [
      ['odd', odd],
      ['docs', docs],
      ['lengths', lengths],
      ['empty', new Uint8Array(0)],
    ]);
    expect([...file.subarray(0, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('BAIX');
    const read = readSectionFile(file);
    expect(read.header).toMatchObject({ format: 'test', ids: ['a', 'ü'] });
    expect(read.bytes('odd')).toEqual(odd);
    const u32 = read.u32('docs');
    expect(u32).toEqual(docs);
    expect(u32.buffer).toBe(file.buffer); // a view, not a copy
    expect(read.u16('lengths')).toEqual(lengths);
    expect(read.bytes('empty').length).toBe(0);
  });

  it('reads any sections back, also from a buffer where they lie unaligned', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.uint8Array({ maxLength: 40 })), {
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 3 }),
        (sections, shift) => {
          const unique = [...new Map(sections).entries()];
          const file = writeSectionFile({}, unique);
          const moved = new Uint8Array(file.length + shift);
          moved.set(file, shift);
          const read = readSectionFile(moved.subarray(shift));
          for (const [name, bytes] of unique) expect(read.bytes(name)).toEqual(bytes);
          const quads = unique.find(([, b]) => b.length % 4 === 0 && b.length > 0);
          if (quads) expect([...read.u32(quads[0])]).toEqual([...new Uint32Array(quads[1].slice().buffer)]);
        },
      ),
    );
  });

  it.each([
    ['other bytes', new TextEncoder().encode('{"format":"x"}'), TypeError, /Not a Briefing Atlas data file/],
    [
      'a header cut short',
      writeSectionFile({ a: 1 }, []).subarray(0, 10),
      RangeError,
      /ends inside its header/,
    ],
    [
      'a header that is not JSON',
      (() => {
        const f = writeSectionFile({ a: 1 }, []);
        f[8] = 0x7b + 1;
        return f;
      })(),
      TypeError,
      /header is not valid JSON/,
    ],
    [
      'a section past the end',
      writeSectionFile({}, [['s', new Uint8Array(12)]]).subarray(0, -4),
      RangeError,
      /ends inside its section "s"/,
    ],
  ])('refuses %s, saying what is wrong', (_, bytes, type, message) => {
    expect(() => readSectionFile(bytes)).toThrow(type);
    expect(() => readSectionFile(bytes)).toThrow(message);
  });

  it('names a missing section and a section of the wrong width', () => {
    const read = readSectionFile(writeSectionFile({}, [['three', new Uint8Array(3)]]));
    expect(() => read.bytes('other')).toThrow(/no section "other"/);
    expect(() => read.u32('three')).toThrow(/"three" is not a whole number of values/);
  });
});
