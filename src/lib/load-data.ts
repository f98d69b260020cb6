/**
 * The one way the app reads its build-time data files (public/data/). The served app fetches them from its own
 * origin; the offline file (docs/decisions/006-offline-single-file.md) carries them inside the page as
 * `<script type="application/json" id="data/corpus.json">` blocks (binary files as base64 in
 * `type="application/octet-stream"` blocks), because nothing can be fetched from file://.
 * Either way the caller gets a `Response`, so its error handling stays one path.
 */

import { decodeBase64 } from '@/core/corpus';

/** True in the single-file offline build (`vite build --mode offline`): data embedded, no worker can start. */
export const IS_OFFLINE_FILE = import.meta.env.MODE === 'offline';

/** The address of a build-time data file, e.g. `dataFileUrl('world.json')` → `/data/world.json`. */
export const dataFileUrl = (name: string) => `${import.meta.env.BASE_URL}data/${name}`;

/** The embedded block for a data file's address, if this page carries one. */
function embeddedBlock(url: string): HTMLScriptElement | null {
  const base = import.meta.env.BASE_URL;
  if (typeof document === 'undefined' || !url.startsWith(base)) return null;
  const element = document.getElementById(url.slice(base.length));
  return element instanceof HTMLScriptElement &&
    (element.type === 'application/json' || element.type === 'application/octet-stream')
    ? element
    : null;
}

/**
 * Reads a data file by its address (from `dataFileUrl`): the copy embedded in the page when there is one, else
 * `fetch(url, init)`. Embedded JSON has `<` escaped as `\u003c`, which `response.json()` reads back as `<`.
 */
export async function loadDataFile(url: string, init?: RequestInit): Promise<Response> {
  const block = embeddedBlock(url);
  if (block === null) return fetch(url, init);
  init?.signal?.throwIfAborted();
  if (block.type === 'application/octet-stream') {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = decodeBase64(block.textContent ?? '') as Uint8Array<ArrayBuffer>;
    } catch {
      return new Response(null, { status: 500, statusText: `The embedded ${block.id} is not valid base64.` });
    }
    return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
  }
  return new Response(block.textContent, { headers: { 'Content-Type': 'application/json' } });
}
