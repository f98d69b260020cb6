import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml, figureSvg, matrixSvg, wrapText, EXPORT_WIDTH } from './chart-svg';

const caption = {
  title: 'Briefings by WCO region',
  rule: 'A briefing with two regions counts once in each. N = 3.',
  filters: 'Region: Asia/Pacific',
  corpusName: 'WCO seed <briefings>',
  exportedAt: '2026-11-28T10:15:00.000Z',
};

/** The texts of an SVG, each `<text>` read as one string (its lines joined by a space). */
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map(
    ([, inner]) =>
      [...inner!.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map(([, t]) => t).join(' ') || inner!,
  );

describe('escapeXml', () => {
  it('escapes markup so corpus text stays text', () => {
    expect(escapeXml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&apos;x&apos;)&quot;&gt;&amp;',
    );
  });
});

describe('wrapText', () => {
  it.each([
    ['North of Africa, Near and Middle East', 120, 14],
    ['Illicit trade, investigations and seizures', 276, 14],
    ['Supercalifragilisticexpialidocious-and-more', 60, 14],
  ])('%s in %i px: lines that fit, nothing lost', (text, width, size) => {
    const lines = wrapText(text, width, size);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(lines.every((l) => l.length * size * 0.58 <= width)).toBe(true);
    expect(lines.join('')).not.toContain('…');
  });
});

describe('chart exports', () => {
  it('bar chart: every bar with its count in its own colour, and the caption with its provenance', () => {
    const svg = barChartSvg(
      [
        { label: 'Asia/Pacific', count: 2, color: 'var(--kind-regions)' },
        { label: '<script>alert(1)</script>', count: 0, color: 'var(--kind-regions)' },
      ],
      caption,
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960" height="\d+"/);
    expect(textsOf(svg)).toContain('Asia/Pacific');
    expect(textsOf(svg)).toContain('2');
    expect(svg).toContain('fill="#8a2e00"');
    expect(svg).not.toContain('#1f86cb');
    expect(svg).toContain('Filters: Region: Asia/Pacific');
    expect(svg).toContain('Corpus: WCO seed &lt;briefings&gt; · exported 2026-11-28 10:15 UTC');
    expect(svg).not.toContain('<script>');
  });

  it('bar chart: long labels wrap whole, Global is drawn last below a dashed line, in its own colour', () => {
    const svg = barChartSvg(
      [
        { label: 'Global', count: 1, color: 'var(--chart-neutral)', global: true },
        { label: 'North of Africa, Near and Middle East', count: 3, color: 'var(--kind-regions)' },
        {
          label: 'Illicit trade, investigations and seizures and much more besides',
          count: 1,
          color: '#123456',
        },
      ],
      caption,
    );
    const texts = textsOf(svg);
    expect(texts).toContain('North of Africa, Near and Middle East');
    expect(texts).toContain('Illicit trade, investigations and seizures and much more besides');
    expect(svg).not.toContain('…');
    expect(svg).toContain('stroke-dasharray');
    expect(svg.indexOf('>Global<')).toBeGreaterThan(svg.indexOf('stroke-dasharray'));
    expect(svg).toContain('fill="#6b7280"');
  });

  it('caption: a long counting rule and long filters are wrapped onto more lines, never cut', () => {
    const rule = `N = 100000 briefings. ${'A briefing counts once in each of its regions. '.repeat(8)}The end.`;
    const filters = `Theme: ${'Environment or '.repeat(30)}Revenue`;
    const short = barChartSvg([{ label: 'Europe', count: 2, color: '#000000' }], caption);
    const long = barChartSvg([{ label: 'Europe', count: 2, color: '#000000' }], {
      ...caption,
      rule,
      filters,
    });
    expect(textsOf(long)).toContain(rule);
    expect(long).not.toContain('…');
    expect(long).toContain('Revenue');
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height(long)).toBeGreaterThan(height(short) + 3 * 18);
  });

  it('bar chart: the rows left out are said in one line', () => {
    const svg = barChartSvg([{ label: 'Europe', count: 2, color: '#000000' }], caption, {
      notCovered: 'Not covered (0 briefings): 1 of 2 WCO regions — Americas and Caribbean.',
    });
    expect(textsOf(svg)).toContain('Not covered (0 briefings): 1 of 2 WCO regions — Americas and Caribbean.');
  });

  it('matrix: zero cells are drawn hatched and labelled, shaded cells use the page ramp, Global is set apart', () => {
    const svg = matrixSvg(
      {
        rows: ['Environment', 'Illicit trade, investigations and seizures'],
        columns: [
          { label: 'North of Africa, Near and Middle East' },
          ...[
            'Europe',
            'Asia/Pacific',
            'East and Southern Africa',
            'West and Central Africa',
            'Americas and Caribbean',
            'Asia/Pacific',
          ].map((label) => ({ label })),
          { label: 'Global', global: true },
        ],
        cells: [
          [0, 3],
          [1, 0],
        ],
      },
      caption,
    );
    const texts = textsOf(svg);
    expect(texts.filter((t) => t === '0')).toHaveLength(2 * 8 - 2);
    expect(texts).toContain('3');
    expect(texts).toContain('Illicit trade, investigations and seizures');
    expect(texts).toContain('North of Africa, Near and Middle East');
    expect(texts).toContain('Asia/Pacific');
    expect(svg.match(/fill="url\(#zero\)"/g)).toHaveLength(2 * 8 - 2);
    expect(svg).toContain('<pattern id="zero"');
    expect(svg).toContain('fill="#1e293b"');
    expect(svg).toContain('stroke-dasharray');
  });

  it('figure: scales drawn content to the export width and draws its legend and notes', () => {
    const svg = figureSvg('<path d="M0 0L10 10"/>', { width: 480, height: 240 }, caption, {
      legend: [
        { color: 'var(--surface-2)', label: 'No briefings' },
        { color: 'var(--ramp-countries-3)', label: '2 briefings' },
      ],
      notes: ['Global (worldwide, or no place named): 1 briefing'],
    });
    expect(svg).toContain(`width="${EXPORT_WIDTH}"`);
    expect(svg).toContain('scale(1.9000)');
    expect(textsOf(svg)).toEqual(expect.arrayContaining(['No briefings', '2 briefings']));
    expect(svg).toContain('fill="#568dad"');
    expect(svg).toContain('Global (worldwide, or no place named): 1 briefing');
  });
});
