/**
 * The offline file (docs/decisions/006-offline-single-file.md): `vite build --mode offline` turns the app into one
 * HTML file that opens from disk with no network. vite-plugin-singlefile inlines the script and the styles; this
 * plugin adds the rest — the build-time data as inert JSON blocks, the favicon as a data: URL, a strict
 * Content-Security-Policy with a hash for each inline script — and writes the page as OFFLINE_FILE_NAME.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const OFFLINE_FILE_NAME = 'briefing-atlas-offline.html';

/** The files of public/data/ the page reads (src/lib/load-data.ts), embedded under the ids `data/<name>`. */
export const DATA_FILES = ['corpus.json', 'search-index.json', 'world.json'] as const;

const CSP_PLACEHOLDER = '%BRIEFING_ATLAS_OFFLINE_CSP%';

/**
 * Makes JSON text safe inside `<script type="application/json">`: with no `<` left, neither `</script>` nor
 * `<!--` in a briefing can end or bend the element. `<` only occurs inside JSON strings, where `\u003c` means
 * the same, so `JSON.parse` gives back the very same value.
 * @example escapeJsonForHtml('{"t":"</script>"}') // → '{"t":"\\u003c/script>"}'
 */
export function escapeJsonForHtml(json: string): string {
  return json.replaceAll('<', '\\u003c');
}

/** An inert data block for a data file: never executed, read by `loadDataFile` through its id. */
export function renderDataBlock(name: string, json: string): string {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Unexpected data file name: ${name}`);
  return `<script type="application/json" id="data/${name}">${escapeJsonForHtml(json)}</script>`;
}

/**
 * An inert block for a binary data file (the search index), as base64: its alphabet has no `<`, so it cannot end
 * the element either. `loadDataFile` decodes it back to the file's bytes.
 */
export function renderBinaryBlock(name: string, bytes: Uint8Array): string {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Unexpected data file name: ${name}`);
  return `<script type="application/octet-stream" id="data/${name}">${Buffer.from(bytes).toString('base64')}</script>`;
}

/** The CSP hash source of each inline executable script (JSON blocks are data: CSP does not apply to them). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && type !== 'module' && !type.includes('javascript')) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The offline file's policy: only the page's own inline scripts (by hash) run, nothing is fetched or framed.
 * Styles need 'unsafe-inline' for React's style attributes; images and fonts only from data: and blob: URLs.
 */
export function offlineContentSecurityPolicy(scriptHashes: readonly string[]): string {
  if (scriptHashes.length === 0) throw new Error('The offline file has no inline script to allow.');
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Put after vite-plugin-singlefile, whose inlining this finishes. */
export function offlineFile({ publicDir = 'public' }: { publicDir?: string } = {}): Plugin {
  const read = (path: string) => {
    try {
      return readFileSync(join(publicDir, path));
    } catch {
      throw new Error(`The offline file needs ${publicDir}/${path}: run \`npm run data\` first.`);
    }
  };
  return {
    name: 'briefing-atlas:offline-file',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // A PNG, not an SVG: Chromium fetches the icon again on every change of the address (each keystroke writes
        // the query into it), and an SVG icon is then parsed as a document on the page's thread, ~4 ms a time.
        const favicon = `data:image/png;base64,${read('favicon.png').toString('base64')}`;
        const blocks = DATA_FILES.map((name) => {
          const bytes = read(`data/${name}`);
          if (name.endsWith('.bin')) return renderBinaryBlock(name, bytes);
          const json = bytes.toString('utf8');
          JSON.parse(json); // a corrupt data file fails the build here, not the meeting
          return renderDataBlock(name, json);
        });
        const withIcon = html
          .replace(/(<link rel="icon"[^>]*?href=")[^"]*(")/, `$1${favicon}$2`)
          // The corpus is in the page: nothing to preload (and nothing may be fetched from file://).
          .replace(/\s*<!--[^>]*?-->\s*(?=<link rel="preload")/g, '')
          .replace(/\s*<link rel="preload"[^>]*>/g, '');
        if (withIcon === html) throw new Error('index.html has no <link rel="icon"> to inline.');
        return withIcon
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}" />`,
          )
          .replace('</body>', `    ${blocks.join('\n    ')}\n  </body>`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('The offline build produced no index.html.');
        const html = String(page.source);
        if (!html.includes(CSP_PLACEHOLDER)) throw new Error('The offline page lost its policy placeholder.');
        const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
        const leftover = /<(?:script|link)\b[^>]*\b(?:src|href)="(?!data:)[^"]*"/i.exec(tags);
        if (leftover) throw new Error(`The offline page still loads a file: ${leftover[0]}`);
        const source = html.replace(CSP_PLACEHOLDER, offlineContentSecurityPolicy(inlineScriptHashes(html)));
        // Everything the page needs is inside it; what is left (worker scripts the offline file never starts) goes.
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE_NAME, source });
      },
    },
  };
}
