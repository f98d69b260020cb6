/**
 * Class breaks for the choropleth: up to five classes of the ramp of the kind the map counts (countries, or WCO
 * regions: the hue of that kind everywhere else, src/core/view/kind-colors.ts), by quantiles of the non-zero counts
 * so that one country with many briefings does not wash all others into the palest class. Zero is its own class
 * ("no briefings"), never a shade of the ramp.
 */
import { KIND_RAMP, type RampKind } from '@/core/view';

export interface ColorClass {
  /** Smallest count in the class (inclusive). */
  min: number;
  /** Largest count in the class (inclusive). */
  max: number;
  /** CSS colour, a variable of the ramp. */
  color: string;
}

/** The kind whose ramp colours the map in a mode. */
export const rampKindOf = (mode: 'country' | 'region'): RampKind =>
  mode === 'country' ? 'countries' : 'regions';

/**
 * Computes the classes for a list of counts of one kind, in that kind's ramp.
 * @example buildColorClasses([1, 1, 2], 'regions') // → [{min:1,max:1,…}, {min:2,max:2,…}]
 */
export function buildColorClasses(counts: readonly number[], kind: RampKind): ColorClass[] {
  const ramp = KIND_RAMP[kind];
  const values = [...new Set(counts.filter((c) => c > 0))].sort((a, b) => a - b);
  if (values.length === 0) return [];
  const classes = Math.min(ramp.length, values.length);
  const sorted = counts.filter((c) => c > 0).sort((a, b) => a - b);
  // Few distinct counts: one class each, so 1 and 2 never share a colour.
  const uppers: number[] = values.length <= ramp.length ? [...values] : [];
  for (let k = 1; k <= classes && values.length > ramp.length; k++) {
    const q = sorted[Math.min(sorted.length - 1, Math.ceil((k / classes) * sorted.length) - 1)]!;
    if (uppers.length === 0 || q > uppers[uppers.length - 1]!) uppers.push(q);
  }
  if (uppers[uppers.length - 1] !== values[values.length - 1]) uppers.push(values[values.length - 1]!);
  // Spread the classes used over the ramp so that two classes are pale and dark, not two pale tints; the largest
  // counts always take the last step, the kind's own colour (as on its bar chart).
  const step = uppers.length > 1 ? (ramp.length - 1) / (uppers.length - 1) : 0;
  const exact = values.length <= ramp.length;
  return uppers.map((max, i) => ({
    min: exact ? max : i === 0 ? values[0]! : uppers[i - 1]! + 1,
    max,
    color: ramp[uppers.length === 1 ? ramp.length - 1 : Math.round(i * step)]!,
  }));
}

/** The colour for a count, or null for zero. */
export function colorFor(classes: readonly ColorClass[], count: number): string | null {
  if (count <= 0) return null;
  return classes.find((c) => count <= c.max)?.color ?? classes[classes.length - 1]?.color ?? null;
}

/** The map's legend, as the page draws it and the export copies it: no briefings, then each class. */
export function legendItems(classes: readonly ColorClass[]): { color: string; label: string }[] {
  const plural = (n: number) => `${n.toLocaleString('en')} briefing${n === 1 ? '' : 's'}`;
  return [
    { color: NO_DATA, label: 'No briefings' },
    ...classes.map((c) => ({
      color: c.color,
      label: c.min === c.max ? plural(c.min) : `${c.min.toLocaleString('en')}–${plural(c.max)}`,
    })),
  ];
}

/** The fill of a country with no briefings. */
export const NO_DATA = 'var(--surface-2)';
