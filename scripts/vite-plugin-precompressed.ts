/**
 * Serves the data step's precompressed copies (`data/corpus.json.gz` beside `data/corpus.json`) as the file itself
 * with `Content-Encoding: gzip`, the way a production static host does (nginx `gzip_static on`, most CDNs). Without
 * it `vite preview` gzips every response on the fly: at 100,000 briefings that is ~140 MB of JSON compressed per
 * page load on the same cores the browser needs, ~2.5 s before the page has its data
 * (docs/decisions/009-load-100k-within-3-s.md).
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** JSON and binary data files, in any folder of the build (the data step writes its `.gz` copies in data/). */
export const PRECOMPRESSED = /^(?:\/[\w-][\w.-]*)+\.(?:json|bin)$/;

/** Precompressed copies, best first: zstd inflates about three times faster than gzip in the browser. */
const ENCODINGS = [
  { name: 'zstd', suffix: '.zst' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encodings an `Accept-Encoding` header allows (`q=0` refuses one). */
function accepted(header: string): Set<string> {
  const out = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) out.add(name);
  }
  return out;
}

/**
 * A connect middleware serving `<root><path>.zst` or `<root><path>.gz` for `GET`/`HEAD` of a data file, whichever
 * the client accepts and exists (zstd first); anything else goes on to the next middleware (the static files,
 * compressed on the fly).
 */
export function precompressedMiddleware(root: string, base = '/') {
  const rootDir = normalize(root);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accepts = accepted(String(req.headers['accept-encoding'] ?? ''));
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return next();
    }
    if (!path.startsWith(base)) return next();
    path = `/${path.slice(base.length)}`;
    if (!PRECOMPRESSED.test(path)) return next();
    for (const encoding of ENCODINGS) {
      if (!accepts.has(encoding.name)) continue;
      const file = normalize(join(rootDir, `${path}${encoding.suffix}`));
      if (!file.startsWith(rootDir + sep)) return next();
      let size: number;
      try {
        const stat = statSync(file);
        if (!stat.isFile()) continue;
        size = stat.size;
      } catch {
        continue;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', path.endsWith('.bin') ? 'application/octet-stream' : 'application/json');
      res.setHeader('Content-Encoding', encoding.name);
      res.setHeader('Content-Length', size);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', 'no-cache');
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
      return;
    }
    next();
  };
}

/** `vite preview` serves the precompressed data files (see above). */
export function precompressedData(): Plugin {
  return {
    name: 'briefing-atlas:precompressed-data',
    configurePreviewServer(server) {
      const { config } = server;
      const outDir = resolve(config.root, config.environments.client?.build.outDir ?? config.build.outDir);
      server.middlewares.use(precompressedMiddleware(outDir, config.base || '/'));
    },
  };
}
