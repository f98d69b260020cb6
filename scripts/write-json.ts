/**
 * Writes a JSON document to a stream piece by piece, byte for byte the same as `JSON.stringify(value, null, 2)` plus
 * a line break, without ever holding it as one string: the arrays of the top-level object are written an element at
 * a time. A corpus of tens of megabytes of input is over a gigabyte of JSON, past V8's longest string ("Invalid
 * string length").
 */
import type { Writable } from 'node:stream';

/** Flushes at about this many characters, and waits for the stream to drain when it asks to. */
const CHUNK = 1 << 20;

/**
 * Writes `value` as `JSON.stringify(value, null, 2) + '\n'` to `out`.
 * @example await writeJson(process.stdout, corpus)
 */
export async function writeJson(out: Writable, value: unknown): Promise<void> {
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const ok = out.write(buffer);
    buffer = '';
    if (!ok) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  const push = async (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) await flush();
  };
  /** Indents a nested value's own JSON to where it sits, as JSON.stringify would (no raw line breaks in strings). */
  const nested = (v: unknown, depth: number) =>
    JSON.stringify(v, null, 2).replaceAll('\n', '\n' + '  '.repeat(depth));

  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    await push(JSON.stringify(value, null, 2) + '\n');
    return flush();
  }
  const entries = Object.entries(value).filter(([, v]) => JSON.stringify(v) !== undefined);
  if (entries.length === 0) {
    await push('{}\n');
    return flush();
  }
  await push('{');
  for (const [index, [key, v]] of entries.entries()) {
    await push(`${index > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      await push('[');
      for (let i = 0; i < v.length; i++) {
        const item = JSON.stringify(v[i]) === undefined ? null : v[i];
        await push(`${i > 0 ? ',' : ''}\n    ${nested(item, 2)}`);
      }
      await push('\n  ]');
    } else await push(nested(v, 1));
  }
  await push('\n}\n');
  await flush();
}
