import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { writeJson } from './write-json';

/** A stream that keeps what it is given, and says how many writes it took. */
function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  return { stream, text: () => chunks.join(''), writes: () => chunks.length };
}

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, whatever the value', () =>
    fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
        async (value) => {
          const { stream, text } = collector();
          await writeJson(stream, value);
          expect(text()).toBe(JSON.stringify(value, null, 2) + '\n');
        },
      ),
      { numRuns: 300 },
    ));

  it('leaves out undefined fields and writes undefined array items as null, as JSON.stringify does', async () => {
    const value = { a: undefined, b: [1, undefined, { c: undefined, d: 'x' }], e: { f: undefined } };
    const { stream, text } = collector();
    await writeJson(stream, value);
    expect(text()).toBe(JSON.stringify(value, null, 2) + '\n');
  });

  it('writes a large list in many pieces, never as one string', async () => {
    const briefings = Array.from({ length: 20_000 }, (_, i) => ({
      id: `b${i}`,
      title: 'T'.repeat(100),
      tags: [i],
    }));
    const { stream, text, writes } = collector();
    await writeJson(stream, { name: 'big', briefings });
    expect(writes()).toBeGreaterThan(2);
    expect(text()).toBe(JSON.stringify({ name: 'big', briefings }, null, 2) + '\n');
  });
});
