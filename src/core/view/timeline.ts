/**
 * Briefings over time: the month of a dated briefing, whether it falls in a date range, and the briefings-per-month
 * series the timeline draws — every month between the first and the last, zeros included, with the undated
 * briefings counted apart rather than dropped.
 */
import type { Briefing } from '../corpus';

/** `YYYY-MM` of a briefing's date, or null when it has none. */
export function monthOf(briefing: Pick<Briefing, 'date'>): string | null {
  const match = briefing.date ? /^(\d{4}-\d{2})/.exec(briefing.date) : null;
  return match ? match[1]! : null;
}

/**
 * Whether a briefing is inside an inclusive month range. With no range, every briefing is; with a range, an undated
 * briefing is not (it cannot be placed in time).
 * @example isInDateRange({ date: '2023-05-02' }, '2023-01', '2023-06') // → true
 */
export function isInDateRange(
  briefing: Pick<Briefing, 'date'>,
  from: string | null,
  to: string | null,
): boolean {
  return isMonthInRange(monthOf(briefing), from, to);
}

/** The same for a month already read (`null`: undated). */
export function isMonthInRange(month: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!month) return false;
  return (!from || month >= from) && (!to || month <= to);
}

export interface Timeline {
  /** Every month from the first dated briefing to the last, in order. */
  months: { month: string; count: number }[];
  /** Briefings with no date. */
  undated: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The most months drawn: beyond that the series is cut to the latest months (about 40 years). */
const MAX_MONTHS = 480;

/**
 * Briefings per month of the given briefings, with the gaps as zeros.
 * @example buildTimeline([{ date: '2023-01-05' }, { date: '2023-03-01' }, {}])
 * // → { months: [{ month: '2023-01', count: 1 }, { month: '2023-02', count: 0 }, { month: '2023-03', count: 1 }], undated: 1 }
 */
export function buildTimeline(briefings: readonly Pick<Briefing, 'date'>[]): Timeline {
  return buildTimelineOfMonths(briefings.map(monthOf));
}

/** The same, from the months themselves (`null` for an undated briefing). */
export function buildTimelineOfMonths(monthsOfBriefings: Iterable<string | null>): Timeline {
  const codeOf = new Map<string | null, number>([[null, 0]]);
  const months: (string | null)[] = [null];
  const counts: number[] = [0];
  for (const value of monthsOfBriefings) {
    const month = value || null;
    let code = codeOf.get(month);
    if (code === undefined) {
      code = months.length;
      codeOf.set(month, code);
      months.push(month);
      counts.push(0);
    }
    counts[code]!++;
  }
  return timelineOfCounts(months, counts);
}

/**
 * The same from counts already made: `counts[c]` briefings in month `months[c]` (`null`: undated). Months with a
 * zero count are left out of the range, as if they had no briefing.
 */
export function timelineOfCounts(months: readonly (string | null)[], counts: ArrayLike<number>): Timeline {
  const byMonth = new Map<string, number>();
  let undated = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (let c = 0; c < months.length; c++) {
    const count = counts[c]!;
    const month = months[c]!;
    if (count === 0) continue;
    if (month === null) {
      undated += count;
      continue;
    }
    byMonth.set(month, count);
    if (first === null || month < first) first = month;
    if (last === null || month > last) last = month;
  }
  const series: Timeline['months'] = [];
  if (first && last) {
    for (let m = first; m <= last; m = nextMonth(m)) series.push({ month: m, count: byMonth.get(m) ?? 0 });
  }
  return { months: series.slice(-MAX_MONTHS), undated };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A month as the timeline labels it, on the page, on a slide and in its export.
 * @example formatMonth('2025-03') // → 'Mar 2025'
 */
export function formatMonth(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}
