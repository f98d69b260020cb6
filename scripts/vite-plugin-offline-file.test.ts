import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  escapeJsonForHtml,
  inlineScriptHashes,
  offlineContentSecurityPolicy,
  renderBinaryBlock,
  renderDataBlock,
} from './vite-plugin-offline-file';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('escapeJsonForHtml', () => {
  it.each([
    ['a title that closes the element', { title: '</script><script>alert(1)</script>' }],
    ['a comment opener', { title: '<!-- <script>' }],
    ['an upper-case closer', { title: '</SCRIPT >' }],
    ['a backslash before the angle', { title: '\\</script>' }],
    ['line and paragraph separators', { title: 'a\u2028b\u2029c' }],
  ])('keeps %s inert and reads back the same value', (_what, value) => {
    const escaped = escapeJsonForHtml(JSON.stringify(value));
    expect(escaped).not.toContain('<');
    expect(JSON.parse(escaped)).toEqual(value);
  });
});

describe('renderDataBlock', () => {
  it('writes one inert JSON block under the id the loader reads', () => {
    const block = renderDataBlock('corpus.json', JSON.stringify({ t: '</script>' }));
    expect(block).toBe(
      '<script type="application/json" id="data/corpus.json">{"t":"\\u003c/script>"}</script>',
    );
    expect(block.match(/<\/script/gi)).toHaveLength(1);
  });

  it('refuses a name that could bend the attribute', () => {
    expect(() => renderDataBlock('x" onload="y', '{}')).toThrow(/Unexpected data file name/);
  });
});

describe('renderBinaryBlock', () => {
  it('writes the bytes as base64 in one inert block, which cannot end the element early', () => {
    const bytes = Uint8Array.from([0x3c, 0x2f, 0x73, 0xff, 0]); // '</s', then bytes no text decoder would keep
    const block = renderBinaryBlock('search-index.bin', bytes);
    const body =
      /^<script type="application\/octet-stream" id="data\/search-index.bin">([^<]*)<\/script>$/.exec(block);
    expect(body).not.toBeNull();
    expect(Buffer.from(body![1]!, 'base64')).toEqual(Buffer.from(bytes));
  });

  it('refuses a name that could bend the attribute', () => {
    expect(() => renderBinaryBlock('x" onload="y', new Uint8Array(1))).toThrow(/Unexpected data file name/);
  });
});

describe('inlineScriptHashes', () => {
  it.each([
    ['a module script', '<script type="module" crossorigin>let a = 1;</script>', [sha('let a = 1;')]],
    ['a classic script', '<script>\n  go();\n</script>', [sha('\n  go();\n')]],
    ['a JSON block (data, never run)', '<script type="application/json" id="x">{"a":1}</script>', []],
    ['an external script', '<script type="module" src="./a.js"></script>', []],
    [
      'two scripts',
      '<script type="module">a()</script><p></p><script type="text/javascript">b()</script>',
      [sha('a()'), sha('b()')],
    ],
  ])('hashes %s', (_what, html, expected) => {
    expect(inlineScriptHashes(html)).toEqual(expected);
  });
});

describe('offlineContentSecurityPolicy', () => {
  it('allows the hashed scripts and nothing fetched, never unsafe-inline or eval for scripts', () => {
    const policy = offlineContentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'sha256-abc='");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(/script-src ([^;]*)/.exec(policy)?.[1]).not.toMatch(/unsafe-inline|'self'/);
  });

  it('refuses a page with no script to allow', () => {
    expect(() => offlineContentSecurityPolicy([])).toThrow();
  });
});
