/// <reference types="vitest/config" />
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { offlineFile } from './scripts/vite-plugin-offline-file.ts';
import { precompressedData } from './scripts/vite-plugin-precompressed.ts';

/**
 * The production build ships a strict Content-Security-Policy: no inline script, no eval, nothing from another
 * origin. The dev server needs inline scripts for hot reload, so the policy is added at build time only.
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

export default defineConfig(({ mode }) =>
  mergeConfig(
    {
      plugins: [
        react(),
        tailwindcss(),
        ...(mode === 'offline' ? [] : [contentSecurityPolicy(), precompressedData()]),
      ],
      resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
      preview: { port: 4173, strictPort: true },
      test: {
        include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        environment: 'node',
        reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
      },
    } satisfies UserConfig,
    mode === 'offline' ? offlineBuild() : {},
  ),
);
