/**
 * The fields a file gives beside title and summary, read safely: one line of text, a date, an http(s) link. Used by
 * the file readers and by the page (a briefing's link), so it stays out of the readers' own chunk.
 */
import { normalizeLine } from './parse-text';

/** Folds a multi-line field to one normalised line, as the text parser does for wrapped summaries. */
export function normalizeField(value: string): string {
  return value
    .split(/\r\n?|\n/)
    .map(normalizeLine)
    .filter((l) => l !== '')
    .join(' ');
}

/**
 * Reads an ISO date (`2023-09-12`, `2023-09`, `2023-09-12T10:00Z`), `12/09/2023` (day first, as the WCO writes),
 * `2023/09/12` or `12 September 2023` into `YYYY-MM-DD` or `YYYY-MM`; null when it is not a date.
 * @example normalizeDate('12 September 2023') // → '2023-09-12'
 */
export function normalizeDate(value: string): string | null {
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(v);
  let y: number, m: number, d: number | undefined;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3])];
  else if (dmy) [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else {
    if (!/[a-z]/i.test(v) || !/\d{4}/.test(v)) return null;
    const t = Date.parse(`${v} 12:00 UTC`);
    if (Number.isNaN(t)) return null;
    const date = new Date(t);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  if (m < 1 || m > 12 || y < 1900 || y > 2200) return null;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/** Only http(s) links are kept: a `javascript:` or `data:` URL from a file must never become a link. */
export function normalizeUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
