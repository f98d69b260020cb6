import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedMiddleware } from './vite-plugin-precompressed';

const top = mkdtempSync(join(tmpdir(), 'precompressed-'));
const root = join(top, 'dist');
const json = JSON.stringify({ briefings: ['Plastic waste'] });
mkdirSync(join(root, 'data'), { recursive: true });
writeFileSync(join(root, 'data', 'corpus.json'), json);
writeFileSync(join(root, 'data', 'corpus.json.gz'), gzipSync(json));
writeFileSync(join(root, 'data', 'world.json'), '{}');
const index = Buffer.from([0x42, 0x41, 0x49, 0x58, 0, 0, 0, 0]);
writeFileSync(join(root, 'data', 'search-index.bin'), index);
writeFileSync(join(root, 'data', 'search-index.bin.gz'), gzipSync(index));
const zstdCopy = Buffer.from('zstd bytes');
writeFileSync(join(root, 'data', 'search-index.bin.zst'), zstdCopy);
writeFileSync(join(root, '..', 'outside.json.gz'), gzipSync('{"outside":"root"}'));
writeFileSync(join(root, 'data', 'corpus.txt.gz'), gzipSync('text'));

let server: Server;
let port = 0;
beforeAll(async () => {
  const serve = precompressedMiddleware(root);
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 418;
      res.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('precompressedMiddleware', () => {
  it('serves the .gz copy of a data file, labelled as gzip JSON, to a client that accepts gzip', async () => {
    const res = await get('/data/corpus.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString('utf8')).toBe(json);
  });

  it('serves the binary index file the same way, labelled as binary', async () => {
    const res = await get('/data/search-index.bin', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(gunzipSync(res.body)).toEqual(index);
  });

  it('prefers the zstd copy where there is one and the client takes zstd', async () => {
    const res = await get('/data/search-index.bin', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding']).toBe('zstd');
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.body).toEqual(zstdCopy);
    // No zstd copy of the corpus: gzip it is.
    const corpus = await get('/data/corpus.json', { 'accept-encoding': 'zstd, gzip' });
    expect(corpus.headers['content-encoding']).toBe('gzip');
  });

  it('sends gzip to a client that refuses zstd with q=0', async () => {
    const res = await get('/data/search-index.bin', { 'accept-encoding': 'zstd;q=0, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/data/corpus.json', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBe(0);
  });

  it.each([
    ['a client that does not accept gzip', '/data/corpus.json', {}],
    ['a data file with no .gz copy', '/data/world.json', { 'accept-encoding': 'gzip' }],
    ['a path that climbs out of the root', '/../outside.json', { 'accept-encoding': 'gzip' }],
    ['an encoded climb', '/data/%2e%2e%2f..%2foutside.json', { 'accept-encoding': 'gzip' }],
    ['a file that is not JSON', '/data/corpus.txt', { 'accept-encoding': 'gzip' }],
    ['a malformed escape', '/data/%E0%A4%A.json', { 'accept-encoding': 'gzip' }],
  ])('leaves %s to the next middleware', async (_what, path, headers) => {
    const res = await get(path, headers);
    expect(res.status).toBe(418);
    expect(res.body.toString()).toBe('next');
  });
});
