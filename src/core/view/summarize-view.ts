/**
 * The view in sentences, for the summary slide after the title and the top of the printed pack: how many
 * briefings, the leading themes and regions with their counts, what is not covered, and the filters in words, so
 * the room hears the finding before the charts.
 */
import { formatBriefings } from './chart-definitions';
import type { ChartDatum, DerivedView } from './derive-view';

/** Leading values named in a sentence. */
const LEADING = 3;
/** Past this many, the uncovered values are counted, not listed. */
const LIST_UNCOVERED = 6;

const named = (data: readonly ChartDatum[]) =>
  data
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
    .slice(0, LEADING)
    .map((d) => `${d.label} (${d.count})`);

const listed = (labels: readonly string[]) =>
  labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

function uncovered(data: readonly ChartDatum[], what: string): string | null {
  const none = data.filter((d) => d.count === 0).map((d) => d.label);
  if (none.length === 0) return null;
  return none.length <= LIST_UNCOVERED
    ? `${none.length} of ${data.length} ${what} (${none.join(', ')})`
    : `${none.length} of ${data.length} ${what}`;
}

/**
 * Sentences that say what the view shows.
 * @example summarizeView(view, 'Region: Asia/Pacific')
 * // → ['2 of 10 briefings match the view.', 'Leading themes: Environment (2) and Revenue (1).', …]
 */
export function summarizeView(view: DerivedView, filters: string): string[] {
  const out = [`${view.matched.toLocaleString('en')} of ${formatBriefings(view.total)} match the view.`];
  if (view.matched === 0) {
    out.push('No briefing matches: nothing is covered.');
  } else {
    const themes = named(view.byTheme);
    if (themes.length > 0)
      out.push(`Leading ${themes.length === 1 ? 'theme' : 'themes'}: ${listed(themes)}.`);
    const places = view.byRegion.filter((d) => !d.global);
    const regions = named(places);
    if (regions.length > 0)
      out.push(`Leading WCO ${regions.length === 1 ? 'region' : 'regions'}: ${listed(regions)}.`);
    const global = view.byRegion.find((d) => d.global);
    if (global && global.count > 0)
      out.push(`Global (worldwide, or no place named): ${formatBriefings(global.count)}.`);
    const gaps = [uncovered(view.byTheme, 'themes'), uncovered(places, 'WCO regions')].filter(
      (s): s is string => s !== null,
    );
    out.push(gaps.length > 0 ? `Not covered: ${gaps.join('; ')}.` : 'Every theme and WCO region is covered.');
  }
  out.push(filters === 'All briefings' ? 'No filters: the whole corpus.' : `Filters: ${filters}.`);
  return out;
}
