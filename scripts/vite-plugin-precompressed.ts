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

/**
 * A connect middleware serving `<root><path>.gz` for `GET`/`HEAD` of a data file when the client accepts gzip and
 * the copy exists; anything else goes on to the next middleware (the static files, compressed on the fly).
 */
export function precompressedMiddleware(root: string, base = '/') {
  const rootDir = normalize(root);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return next();
    }
    if (!accepts || !path.startsWith(base)) return next();
    path = `/${path.slice(base.length)}`;
    if (!PRECOMPRESSED.test(path)) return next();
    const file = normalize(join(rootDir, `${path}.gz`));
    if (!file.startsWith(rootDir + sep)) return next();
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return next();
      size = stat.size;
    } catch {
      return next();
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', path.endsWith('.bin') ? 'application/octet-stream' : 'application/json');
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', size);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
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
