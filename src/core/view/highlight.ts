/**
 * Splits a text into runs by evidence spans, so the UI can mark the words that made a tag without ever treating the
 * text as HTML. Overlapping spans are fine: a run carries every span key that covers it.
 */
export interface Span {
  start: number;
  end: number;
  key: string;
}

export interface Run {
  text: string;
  start: number;
  /** Keys of the spans covering this run; empty for plain text. */
  keys: string[];
}

/**
 * @example segmentText('WCO in Bosnia', [{ start: 7, end: 13, key: 'BIH' }])
 * // → [{ text: 'WCO in ', start: 0, keys: [] }, { text: 'Bosnia', start: 7, keys: ['BIH'] }]
 */
export function segmentText(text: string, spans: readonly Span[]): Run[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    const keys = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    const last = runs[runs.length - 1];
    if (last && last.keys.length === 0 && keys.length === 0) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, keys: [...new Set(keys)] });
  }
  return runs;
}
