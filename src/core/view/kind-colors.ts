/**
 * One colour per tag kind (docs/decisions/020-one-colour-per-tag-kind.md): the custom property each kind is drawn
 * with — its bar chart, the map's scale, its chips, its evidence in a briefing's text, its facet's legend — and the
 * map's sequential ramps, derived from a kind's colour by lightness.
 *
 * The values live in src/index.css (light, dark and projector blocks); exports and the printed pack draw with the
 * light ones below (`LIGHT_COLORS` in chart-definitions.ts). A unit test holds the stylesheet to this file: each
 * ramp there is `kindRamp` of its kind's colour over its block's page colour.
 */
import type { TagKind } from '../corpus';

/** The kinds that have a colour: every kind but the places named in another role, which count nowhere. */
export type ColoredKind = Exclude<TagKind, 'mentions'>;

/** The custom property of each kind's colour. */
export const KIND_COLOR: Readonly<Record<ColoredKind, string>> = {
  themes: 'var(--kind-themes)',
  regions: 'var(--kind-regions)',
  countries: 'var(--kind-countries)',
  programmes: 'var(--kind-programmes)',
  organizations: 'var(--kind-organizations)',
  instruments: 'var(--kind-instruments)',
  funders: 'var(--kind-funders)',
  people: 'var(--kind-people)',
};

/** Whether a tag kind has a colour of its own. */
export function isColoredKind(kind: string): kind is ColoredKind {
  return Object.hasOwn(KIND_COLOR, kind);
}

/**
 * The light theme's colour of each kind: Okabe–Ito hues, set in lightness so that each keeps ≥ 3:1 against the
 * page and the eight stay apart for the three kinds of colour-blindness (simulated; the decision gives figures).
 */
export const LIGHT_KIND_COLORS: Readonly<Record<ColoredKind, string>> = {
  themes: '#1f86cb',
  regions: '#8a2e00',
  countries: '#015477',
  programmes: '#067f5c',
  organizations: '#ba5a93',
  instruments: '#918a0b',
  funders: '#9c6200',
  people: '#4e5865',
};

/** The page colour of the light theme, which the light ramps fade into. */
export const LIGHT_PAGE = '#ffffff';

/** The kinds the map is coloured by: by country, or by WCO region. */
export type RampKind = 'countries' | 'regions';

/** Where each step of a ramp lies between the page's lightness (0) and its kind's colour (1). */
const RAMP_MIX = [0.3, 0.48, 0.66, 0.83, 1] as const;

/** The custom properties of each map ramp, palest (fewest briefings) first; the last is the kind's own colour. */
export const KIND_RAMP: Readonly<Record<RampKind, readonly string[]>> = {
  countries: RAMP_MIX.map((_, i) => `var(--ramp-countries-${i + 1})`),
  regions: RAMP_MIX.map((_, i) => `var(--ramp-regions-${i + 1})`),
};

/**
 * A sequential ramp of a kind's colour by lightness (OKLCH): the kind's hue throughout, its lightness going from
 * near the page's to the colour's own, its chroma rising with it, so the pale steps are tints of the hue rather than
 * greys and more briefings always stand further from the page, in a light theme and a dark one alike.
 * @example kindRamp('#8a2e00', '#ffffff').at(-1) // → '#8a2e00'
 */
export function kindRamp(color: string, page: string): string[] {
  const [pageL] = toOklch(page);
  const [L, C, h] = toOklch(color);
  return RAMP_MIX.map((t) =>
    t === 1 ? color : fromOklch(pageL + (L - pageL) * t, C * (0.55 + 0.45 * t), h),
  );
}

/** Every light colour token of this file, by custom property name: for exports (chart-definitions.ts). */
export function lightKindTokens(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [kind, color] of Object.entries(LIGHT_KIND_COLORS)) out[`--kind-${kind}`] = color;
  for (const kind of Object.keys(KIND_RAMP) as RampKind[])
    kindRamp(LIGHT_KIND_COLORS[kind], LIGHT_PAGE).forEach((c, i) => (out[`--ramp-${kind}-${i + 1}`] = c));
  return out;
}

type Vec3 = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function hexToRgb(hex: string): Vec3 {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const rgbToHex = (rgb: Vec3) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** sRGB to OKLab (Björn Ottosson's matrices). */
function toOklab(hex: string): Vec3 {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as Vec3;
  const l = Math.cbrt(0.4122214708 * r + 0.536301562 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab to gamma-encoded sRGB channels, unclamped (out of 0–1 when outside sRGB). */
function oklabToRgb([L, A, B]: Vec3): Vec3 {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707637221 * s,
  ].map((c) => Math.sign(c) * fromLinear(Math.abs(c))) as Vec3;
}

function toOklch(hex: string): Vec3 {
  const [L, a, b] = toOklab(hex);
  return [L, Math.hypot(a, b), Math.atan2(b, a)];
}

/** An OKLCH colour (hue in radians) as #rrggbb, its chroma lowered until it fits in sRGB. */
function fromOklch(L: number, C: number, h: number): string {
  for (let c = C; c > 0; c -= 0.002) {
    const rgb = oklabToRgb([L, c * Math.cos(h), c * Math.sin(h)]);
    if (rgb.every((v) => v >= -0.0005 && v <= 1.0005)) return rgbToHex(rgb);
  }
  return rgbToHex(oklabToRgb([L, 0, 0]));
}

/**
 * WCAG relative luminance of a #rrggbb colour.
 * @example luminance('#ffffff') // → 1
 */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as Vec3;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two #rrggbb colours.
 * @example contrast('#000000', '#ffffff') // → 21
 */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
