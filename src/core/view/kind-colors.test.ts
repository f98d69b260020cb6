import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAG_KINDS } from '../corpus';
import { CHARTS, fixedColor } from './chart-definitions';
import {
  contrast,
  isColoredKind,
  KIND_COLOR,
  KIND_RAMP,
  kindRamp,
  LIGHT_KIND_COLORS,
  luminance,
  type ColoredKind,
  type RampKind,
} from './kind-colors';

const css = readFileSync(new URL('../../index.css', import.meta.url), 'utf8');

/** The custom properties a block of the stylesheet sets, by name. */
function block(selector: string): Record<string, string> {
  const escaped = selector.replace(/[[\]()'.*+?^$]/g, '\\$&');
  const body = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (!body) throw new Error(`No block ${selector} in index.css`);
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
}

/** The kind colours and ramps the page (light) and the slides (projector, whatever the page's theme) share. */
const SHARED = block(':root,\n[data-theme-projector]');
const THEMES = {
  light: { ...block(':root'), ...SHARED },
  dark: { ...block(':root'), ...SHARED, ...block("[data-theme='dark']") },
  projector: { ...block('[data-theme-projector]'), ...SHARED },
};
const KINDS = Object.keys(KIND_COLOR) as ColoredKind[];
const RAMPS = Object.keys(KIND_RAMP) as RampKind[];
const token = (color: string) => /^var\((--[\w-]+)\)$/.exec(color)![1]!;

describe('one colour per tag kind', () => {
  it('gives every kind but the places named in another role a colour of its own', () => {
    expect(TAG_KINDS.filter(isColoredKind)).toEqual(TAG_KINDS.filter((k) => k !== 'mentions'));
    expect(new Set(Object.values(LIGHT_KIND_COLORS)).size).toBe(KINDS.length);
  });

  it.each(Object.entries(THEMES))(
    'sets each kind in the %s theme, apart from the others and at 3:1 or more against the page',
    (_, vars) => {
      const page = vars['--bg'] ?? THEMES.light['--bg']!;
      const colors = KINDS.map((kind) => vars[token(KIND_COLOR[kind])]);
      expect(colors.every(Boolean), 'every kind set').toBe(true);
      expect(new Set(colors).size).toBe(KINDS.length);
      for (const [i, color] of colors.entries())
        expect(contrast(color!, page), KINDS[i]).toBeGreaterThanOrEqual(3);
    },
  );

  it('draws the slides (projector theme) and the exports in the light theme’s colours', () => {
    for (const kind of KINDS) {
      const name = token(KIND_COLOR[kind]);
      expect(THEMES.projector[name], kind).toBe(THEMES.light[name]);
      expect(fixedColor(KIND_COLOR[kind]), kind).toBe(LIGHT_KIND_COLORS[kind]);
    }
  });

  it('colours each bar chart by its kind', () => {
    expect(CHARTS.themes.color).toBe(KIND_COLOR.themes);
    expect(CHARTS.regions.color).toBe(KIND_COLOR.regions);
    expect(CHARTS.programmes.color).toBe(KIND_COLOR.programmes);
    expect(CHARTS.organizations.color).toBe(KIND_COLOR.organizations);
    expect(CHARTS.funders.color).toBe(KIND_COLOR.funders);
    // The timeline counts briefings, of no kind: not a kind's colour.
    expect(Object.values(KIND_COLOR)).not.toContain(CHARTS.timeline.color);
    expect(Object.values(KIND_COLOR)).not.toContain(CHARTS.regions.globalColor);
  });
});

describe('the map’s ramps', () => {
  it.each(Object.entries(THEMES))('are derived from the kind’s colour in the %s theme', (_, vars) => {
    const page = vars['--bg'] ?? THEMES.light['--bg']!;
    for (const kind of RAMPS) {
      const base = vars[token(KIND_COLOR[kind])]!;
      expect(
        KIND_RAMP[kind].map((step) => vars[token(step)]),
        kind,
      ).toEqual(kindRamp(base, page));
    }
  });

  it('end in the kind’s own colour and step away from the page, light and dark', () => {
    for (const vars of [THEMES.light, THEMES.dark])
      for (const kind of RAMPS) {
        const page = vars['--bg']!;
        const base = vars[token(KIND_COLOR[kind])]!;
        const ramp = kindRamp(base, page);
        expect(ramp).toHaveLength(5);
        expect(ramp.at(-1)).toBe(base);
        const contrasts = ramp.map((c) => contrast(c, page));
        for (let i = 1; i < ramp.length; i++) expect(contrasts[i]!).toBeGreaterThan(contrasts[i - 1]!);
        // The palest step is still a colour apart from the page, not the page itself.
        expect(contrasts[0]!).toBeGreaterThan(1.3);
      }
  });

  it('keep the kind’s hue, so the map by region is the region bars’ colour, lighter or darker', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return Math.atan2(Math.sqrt(3) * (g! - b!), 2 * r! - g! - b!);
    };
    for (const base of [LIGHT_KIND_COLORS.regions, LIGHT_KIND_COLORS.countries])
      for (const step of kindRamp(base, '#ffffff')) expect(Math.abs(hue(step) - hue(base))).toBeLessThan(0.2);
  });
});

describe('contrast', () => {
  it('is the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(() => contrast('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});
