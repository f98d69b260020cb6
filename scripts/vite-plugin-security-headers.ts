/**
 * The HTTP headers `vite preview` (and so `npm start` and the e2e suite) sends with every response: the page's
 * Content-Security-Policy as a header, with what a meta tag cannot say (`frame-ancestors 'none'`: no other site may
 * frame the app), `X-Content-Type-Options: nosniff` and a referrer policy. The README's "Hosting it" lists the same
 * headers for other hosts. The server also takes request heads up to MAX_REQUEST_HEAD_BYTES, so a long shared link
 * (the whole view is in the address) opens instead of failing with 431.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { OFFLINE_FILE_NAME } from './vite-plugin-offline-file.ts';

/**
 * Node's default is 16 KiB for the request line and headers together. Chromium opens addresses up to 2 MiB
 * (`url::kMaxURLChars`); this takes that and the usual headers beside it.
 */
export const MAX_REQUEST_HEAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/**
 * The headers for one response. The offline file carries its own policy, with a hash for each of its inline scripts,
 * in a meta tag; a header policy would be enforced beside it and block those scripts, so it gets only the part a
 * meta tag cannot carry.
 * @example securityHeaders("default-src 'self'", '/')['Content-Security-Policy'] // → "default-src 'self'; frame-ancestors 'none'"
 */
export function securityHeaders(policy: string, path: string): Record<string, string> {
  const offline = path.endsWith(`/${OFFLINE_FILE_NAME}`);
  return {
    'Content-Security-Policy': offline ? "frame-ancestors 'none'" : `${policy}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** A connect middleware that sets `securityHeaders` on every response and passes the request on. */
export function securityHeadersMiddleware(policy: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    let path = '/';
    try {
      path = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      // An unreadable address still gets the full policy.
    }
    for (const [name, value] of Object.entries(securityHeaders(policy, path))) res.setHeader(name, value);
    next();
  };
}

/** `vite preview` sends the security headers and accepts long links (see above). */
export function securityHeadersPlugin(policy: string): Plugin {
  return {
    name: 'briefing-atlas:security-headers',
    configurePreviewServer(server) {
      // `http.createServer({ maxHeaderSize })` keeps the option as this property and Node reads it for each new
      // connection (lib/_http_server.js), so setting it before the server listens is the same; vite creates the
      // server without the option. e2e/host.spec.ts opens a 64 KB link to hold it to that.
      if (server.httpServer)
        (server.httpServer as Server & { maxHeaderSize?: number }).maxHeaderSize = MAX_REQUEST_HEAD_BYTES;
      server.middlewares.use(securityHeadersMiddleware(policy));
    },
  };
}
