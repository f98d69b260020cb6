import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { securityHeaders } from './vite-plugin-security-headers';
import { CONTENT_SECURITY_POLICY } from '../vite.config';

describe('securityHeaders', () => {
  it("sends the page's policy with frame-ancestors 'none', nosniff and no referrer", () => {
    expect(securityHeaders(CONTENT_SECURITY_POLICY, '/')).toEqual({
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });

  it('leaves the offline file its own hash-based policy, adding only what a meta tag cannot say', () => {
    expect(securityHeaders(CONTENT_SECURITY_POLICY, '/briefing-atlas-offline.html')).toMatchObject({
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('the README', () => {
  it('lists for other hosts the very headers the preview server sends', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders(CONTENT_SECURITY_POLICY, '/')))
      expect(readme).toContain(`${name}: ${value}\n`);
  });
});
