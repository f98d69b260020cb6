import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml, figureSvg, matrixSvg, EXPORT_WIDTH } from './chart-svg';

const caption = {
  title: 'Briefings by WCO region',
  rule: 'A briefing with two regions counts once in each. N = 3.',
  filters: 'Region: Asia/Pacific',
  corpusName: 'WCO seed <briefings>',
  exportedAt: '2026-11-28T10:15:00.000Z',
};

describe('escapeXml', () => {
  it('escapes markup so corpus text stays text', () => {
    expect(escapeXml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&apos;x&apos;)&quot;&gt;&amp;',
    );
  });
});

describe('chart exports', () => {
  it('bar chart: every bar with its count, and the caption with its provenance', () => {
    const svg = barChartSvg(
      [
        { label: 'Asia/Pacific', count: 2 },
        { label: '<script>alert(1)</script>', count: 0 },
      ],
      caption,
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960" height="\d+"/);
    expect(svg).toContain('>Asia/Pacific</text>');
    expect(svg).toContain('>2</text>');
    expect(svg).toContain('Filters: Region: Asia/Pacific');
    expect(svg).toContain('Corpus: WCO seed &lt;briefings&gt; · exported 2026-11-28 10:15 UTC');
    expect(svg).not.toContain('<script>');
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });

  it('caption: a long counting rule is wrapped onto more lines, not cut', () => {
    const rule = `N = 100000 briefings. ${'A briefing counts once in each of its regions. '.repeat(3)}The end.`;
    const short = barChartSvg([{ label: 'Europe', count: 2 }], caption);
    const long = barChartSvg([{ label: 'Europe', count: 2 }], { ...caption, rule });
    const lines = [...long.matchAll(/<text x="24" y="(\d+)" font-size="14" fill="#475569">([^<]*)<\/text>/g)];
    expect(lines.length).toBe(2);
    expect(lines.every(([, , text]) => text!.length <= 130)).toBe(true);
    expect(lines.map(([, , text]) => text).join(' ')).toBe(rule);
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height(long)).toBe(height(short) + 18);
  });

  it('caption: a rule past three lines ends with "…"', () => {
    const rule = 'word '.repeat(200).trim();
    const svg = barChartSvg([], { ...caption, rule });
    const lines = [...svg.matchAll(/<text x="24" y="\d+" font-size="14" fill="#475569">([^<]*)<\/text>/g)];
    expect(lines).toHaveLength(3);
    expect(lines[2]![1]).toMatch(/…$/);
  });

  it('matrix: zero cells are drawn and labelled', () => {
    const svg = matrixSvg(
      {
        rows: ['Environment', 'Security'],
        columns: ['Europe', 'Global'],
        cells: [
          [0, 3],
          [1, 0],
        ],
      },
      caption,
    );
    expect(svg.match(/>0<\/text>/g)).toHaveLength(2);
    expect(svg).toContain('>3</text>');
    expect(svg).toContain('>Environment</text>');
  });

  it('figure: scales drawn content to the export width', () => {
    const svg = figureSvg('<path d="M0 0L10 10"/>', { width: 480, height: 240 }, caption);
    expect(svg).toContain(`width="${EXPORT_WIDTH}"`);
    expect(svg).toContain('scale(1.9000)');
  });
});
