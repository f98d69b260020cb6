import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * Writes the data files, each with a gzip copy beside it (`corpus.json.gz`) that the preview server, like any
 * production static host set up for it, sends as-is instead of compressing the file on every request
 * (scripts/vite-plugin-precompressed.ts). Returns the bytes written, plain and gzip, per file.
 */
export async function writeDataFiles(
  dir: string,
  files: readonly (readonly [name: string, content: string | Uint8Array])[],
): Promise<{ name: string; bytes: number; gzipBytes: number }[]> {
  return Promise.all(
    files.map(async ([name, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const packed = await gzipAsync(bytes, { level: 6 });
      await writeFile(join(dir, name), bytes);
      await writeFile(join(dir, `${name}.gz`), packed);
      return { name, bytes: bytes.length, gzipBytes: packed.length };
    }),
  );
}
