import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Zstd } from '@hpcc-js/wasm-zstd';

const gzipAsync = promisify(gzip);

/**
 * zstd level for the `.zst` copies: at 100,000 briefings the corpus is 10.3 MB (gzip 13.2 MB) and takes ~5 s to
 * compress here; the browser inflates zstd at about three times gzip's speed whatever the level.
 */
const ZSTD_LEVEL = 9;

/**
 * Writes the data files, each with a zstd and a gzip copy beside it (`corpus.json.zst`, `corpus.json.gz`) that the
 * preview server, like a production static host set up for it (Caddy's `precompressed zstd gzip`, nginx's
 * `gzip_static` with a zstd module), sends as-is instead of compressing the file on every request
 * (scripts/vite-plugin-precompressed.ts). zstd is sent to browsers that accept it: at 100,000 briefings inflating
 * the gzip copies took ~0.6 s of the two cores the page loads on (docs/decisions/012-binary-search-index.md).
 * Node 20 has no zstd of its own; `@hpcc-js/wasm-zstd` is the reference library compiled to WebAssembly.
 * Returns the bytes written, plain and compressed, per file.
 */
export async function writeDataFiles(
  dir: string,
  files: readonly (readonly [name: string, content: string | Uint8Array])[],
): Promise<{ name: string; bytes: number; gzipBytes: number; zstdBytes: number }[]> {
  const zstd = await Zstd.load();
  return Promise.all(
    files.map(async ([name, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const packed = await gzipAsync(bytes, { level: 6 });
      const zstdPacked = zstd.compress(bytes, ZSTD_LEVEL);
      await writeFile(join(dir, name), bytes);
      await writeFile(join(dir, `${name}.gz`), packed);
      await writeFile(join(dir, `${name}.zst`), zstdPacked);
      return { name, bytes: bytes.length, gzipBytes: packed.length, zstdBytes: zstdPacked.length };
    }),
  );
}
