import { describe, expect, it } from 'vitest';
import {
  CHART_IDS,
  CHARTS,
  chartDescription,
  fixedColor,
  formatN,
  LIGHT_COLOR_TOKENS,
  matrixStep,
  notCoveredLine,
  timelineRuleInput,
} from './chart-definitions';

describe('formatN', () => {
  it('says briefing for one, briefings otherwise', () => {
    expect(formatN(0)).toBe('N = 0 briefings');
    expect(formatN(1)).toBe('N = 1 briefing');
    expect(formatN(2)).toBe('N = 2 briefings');
  });
});

describe('the chart definitions', () => {
  it('has one entry per chart, under its own id, with a title of its own', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) expect(CHARTS[id].id).toBe(id);
    expect(new Set(CHART_IDS.map((id) => CHARTS[id].title)).size).toBe(CHART_IDS.length);
  });

  it('keeps the titles the page shows (the e2e specs find the figures by them)', () => {
    expect(CHART_IDS.map((id) => CHARTS[id].title)).toEqual([
      'Briefings by theme',
      'Briefings by WCO region',
      'Map of briefings',
      'Theme × region coverage',
      'Top programmes',
      'Top organisations',
      'Supported by',
      'Briefings per month',
    ]);
  });

  it('states N first, in the singular for one briefing', () => {
    for (const rule of [
      CHARTS.themes.rule({ n: 1 }),
      CHARTS.regions.rule({ n: 1 }),
      CHARTS.matrix.rule({ n: 1 }),
      CHARTS.map.rule({ n: 1, mode: 'country' }),
      CHARTS.map.rule({ n: 1, mode: 'region' }),
      CHARTS.programmes.rule({ n: 1, shown: 1 }),
      CHARTS.organizations.rule({ n: 1, shown: 2 }),
    ]) {
      expect(rule).toMatch(/^N = 1 briefing\b/);
      expect(rule).not.toContain('1 briefings');
    }
    expect(CHARTS.themes.rule({ n: 10 })).toMatch(/^N = 10 briefings\. .*counts once in each/);
  });

  it('words the map by the way it is coloured', () => {
    expect(CHARTS.map.rule({ n: 3, mode: 'country' })).toMatch(/by country.*country filter out/);
    expect(CHARTS.map.rule({ n: 3, mode: 'region' })).toMatch(/by WCO region.*each of its regions/);
  });

  it('counts the top values shown', () => {
    expect(CHARTS.programmes.rule({ n: 9, shown: 10 })).toContain('; the 10 most named programmes.');
    expect(CHARTS.programmes.rule({ n: 9, shown: 1 })).toContain('; the one programme named.');
    expect(CHARTS.organizations.rule({ n: 9, shown: 0 })).toContain('; no organisation is named.');
  });

  it('words the timeline by its dated and undated briefings', () => {
    const timeline = {
      months: [
        { month: '2023-01', count: 2 },
        { month: '2023-02', count: 1 },
      ],
      undated: 11,
    };
    expect(CHARTS.timeline.rule(timelineRuleInput(timeline, false))).toBe(
      '3 dated briefings by month of publication; 11 briefings have no date and are counted apart.',
    );
    expect(CHARTS.timeline.rule({ dated: 1, undated: 1, ranged: true })).toMatch(
      /^1 dated briefing by month of publication; 1 briefing has no date and is counted apart, outside any date range\. /,
    );
  });

  it('puts the note after the rule on screen only', () => {
    expect(chartDescription(CHARTS.themes, { n: 10 })).toBe(
      'N = 10 briefings. A briefing with two themes counts once in each, so bars can add up to more than N. Themes with no briefing in the corpus are named under the bars; with filters, each bar is read against the corpus ("4 of 9").',
    );
    expect(chartDescription(CHARTS.programmes, { n: 2, shown: 2 })).toBe(
      CHARTS.programmes.rule({ n: 2, shown: 2 }),
    );
  });
});

describe('fixed colours for exports', () => {
  it('are the light theme values of the stylesheet, token by token', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(new URL('../../index.css', import.meta.url), 'utf8');
    // The light theme: the page's own block and the kind colours it shares with the slides.
    const root = [...css.matchAll(/(?:^|\n):root[^{]*\{([^}]*)\}/g)].map((m) => m[1]).join('\n');
    for (const token of LIGHT_COLOR_TOKENS) {
      const value = new RegExp(`${token}:\\s*(#[0-9a-f]{6});`).exec(root)?.[1];
      expect(fixedColor(`var(${token})`), token).toBe(value);
    }
  });

  it('keeps hex values and refuses a token it does not know', () => {
    expect(fixedColor('#123456')).toBe('#123456');
    expect(() => fixedColor('var(--nope)')).toThrow(/--nope/);
  });
});

describe('matrixStep', () => {
  it.each([
    [0, 6, 0],
    [1, 6, 1],
    [3, 6, 3],
    [6, 6, 5],
    [1, 1, 5],
  ])('%i of max %i → step %i', (count, max, step) => {
    expect(matrixStep(count, max)).toBe(step);
  });
});

describe('notCoveredLine', () => {
  it('names the rows left out, or says nothing when there are none', () => {
    expect(notCoveredLine('themes', ['Revenue', 'Integrity'], 24)).toBe(
      'Not covered (0 briefings): 2 of 24 themes — Revenue, Integrity.',
    );
    expect(notCoveredLine('themes', [], 24)).toBeNull();
    expect(notCoveredLine('themes', ['Revenue', 'Integrity'], 24, 40)).toBe(
      'Not covered (0 briefings): 2 of 24 themes.',
    );
  });
});
