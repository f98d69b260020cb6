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
