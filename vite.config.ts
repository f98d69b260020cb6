/// <reference types="vitest/config" />
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { offlineFile } from './scripts/vite-plugin-offline-file.ts';
import { precompressedData } from './scripts/vite-plugin-precompressed.ts';
import { securityHeadersPlugin } from './scripts/vite-plugin-security-headers.ts';

/**
 * The production build ships a strict Content-Security-Policy: no inline script, no eval, nothing from another
 * origin. The dev server needs inline scripts for hot reload, so the policy is added at build time only. `vite preview`
 * also sends it as a header, with `frame-ancestors 'none'` (scripts/vite-plugin-security-headers.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'briefing-atlas:csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * `vite build --mode offline` (the last step of `npm run build`) adds dist/briefing-atlas-offline.html beside the
 * served app: one file with code, styles, data and icon inside, its own policy, no dynamic chunks and no workers.
 */
const offlineBuild = (): UserConfig => ({
  base: './',
  plugins: [viteSingleFile(), offlineFile()],
  build: { outDir: 'dist', emptyOutDir: false, copyPublicDir: false },
});

/**
 * Papa Parse is CommonJS with no `sideEffects` field, so the bundler keeps it wherever the corpus room is imported,
 * though only the import path reads CSV. It has no side effects on load: say so, and the first screen and the
 * search workers leave it out.
 */
const treeshake = {
  moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]papaparse[\\/]/.test(id),
};

export default defineConfig(({ mode }) =>
  mergeConfig(
    {
      plugins: [
        react(),
        tailwindcss(),
        ...(mode === 'offline'
          ? []
          : [contentSecurityPolicy(), securityHeadersPlugin(CONTENT_SECURITY_POLICY), precompressedData()]),
      ],
      resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
      preview: { port: 4173, strictPort: true },
      build: {
        // The readers' chunk is for an import only; the page's HTML should not fetch it on load.
        modulePreload: {
          resolveDependencies: (_file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }) =>
            hostType === 'html' ? deps.filter((d) => !d.includes('read-files')) : deps,
        },
        rolldownOptions: {
          treeshake,
          // The file readers (text, JSON, CSV) are used only by an import, which loads them on demand; left to
          // itself the bundler hoisted them into the first screen's chunk, as code shared by two lazy chunks.
          output: {
            codeSplitting: {
              groups: [
                {
                  name: 'read-files',
                  includeDependenciesRecursively: false,
                  test: /[\\/](?:core[\\/]corpus[\\/](?:read-briefings|read-records|parse-csv)\.ts|node_modules[\\/]papaparse[\\/])/,
                },
              ],
            },
          },
        },
      },
      worker: { rolldownOptions: { treeshake } },
      test: {
        include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        environment: 'node',
        // A limit for a hung test, not a speed target: the property, scale and lint-zone tests take several seconds
        // on a shared two-core machine, and speed is measured by the benchmarks.
        testTimeout: 30_000,
        reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
      },
    } satisfies UserConfig,
    mode === 'offline' ? offlineBuild() : {},
  ),
);
