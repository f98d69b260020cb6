/**
 * Shared pieces of `npm run bench` and `npm run bench:browser`: the fixed query set, the plain-scan baseline,
 * percentiles and table printing. Figures come from these benchmarks, never from timed assertions in tests.
 */
import type { Briefing } from '../src/core/corpus';

export type QueryKind = 'word' | 'words' | 'phrase' | 'compound' | 'acronym' | 'typo' | 'exclude' | 'prefix';

/** The fixed query set: whole words, several words, phrases, compounds, acronyms, typos, exclusions, keystrokes. */
export const QUERY_SET: readonly { q: string; kind: QueryKind }[] = [
  { q: 'customs', kind: 'word' },
  { q: 'plastic', kind: 'word' },
  { q: 'kenya', kind: 'word' },
  { q: 'workshop', kind: 'word' },
  { q: 'blockchain', kind: 'word' },
  { q: 'valuation', kind: 'word' },
  { q: 'plastic waste', kind: 'words' },
  { q: 'risk management', kind: 'words' },
  { q: 'customs officers kenya', kind: 'words' },
  { q: 'asia pacific', kind: 'words' },
  { q: 'oie animal health', kind: 'words' },
  { q: '"plastic waste"', kind: 'phrase' },
  { q: '"supply chain security"', kind: 'phrase' },
  { q: '"cross-border e-commerce"', kind: 'phrase' },
  { q: 'crossborder', kind: 'compound' },
  { q: 'e-commerce', kind: 'compound' },
  { q: 'asiapacific', kind: 'compound' },
  { q: 'wco', kind: 'acronym' },
  { q: 'oie', kind: 'acronym' },
  { q: 'hs', kind: 'acronym' },
  { q: 'aeo', kind: 'acronym' },
  { q: 'custms', kind: 'typo' },
  { q: 'plastik', kind: 'typo' },
  { q: 'kenia', kind: 'typo' },
  { q: 'trafficing', kind: 'typo' },
  { q: 'wco -kenya', kind: 'exclude' },
  { q: 'customs -"plastic waste"', kind: 'exclude' },
  { q: 'c', kind: 'prefix' },
  { q: 'cu', kind: 'prefix' },
  { q: 'cus', kind: 'prefix' },
  { q: 'cust', kind: 'prefix' },
  { q: 'custo', kind: 'prefix' },
  { q: 'custom', kind: 'prefix' },
  { q: 'customs pl', kind: 'prefix' },
  { q: 'customs pla', kind: 'prefix' },
  { q: 'wild', kind: 'prefix' },
  { q: 'tra', kind: 'prefix' },
  { q: 'mo', kind: 'prefix' },
];

/** What a person types, one prefix per keystroke (the browser benchmark types these). */
export const TYPED_QUERIES = ['customs plastic', 'kenya wildlife', 'risk'] as const;

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(values: readonly number[]): Stats {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? values.reduce((a, b) => Math.max(a, b)) : NaN,
    n: values.length,
  };
}

/**
 * The plain-scan baseline: each briefing's text lower-cased once, then every query word (or quoted phrase) looked
 * for with `includes`; a leading minus excludes. No index, no ranking, no typo tolerance.
 */
export class PlainScan {
  private readonly haystacks: string[];
  constructor(briefings: readonly Briefing[]) {
    this.haystacks = briefings.map((b) =>
      [
        b.title,
        b.summary,
        ...[b.themes, b.regions, b.countries, b.programmes, b.organizations, b.instruments, b.people].flatMap(
          (tags) => tags.map((t) => t.label),
        ),
      ]
        .join('\n')
        .toLowerCase(),
    );
  }

  search(q: string): number[] {
    const needles: { text: string; not: boolean }[] = [];
    for (const m of q.toLowerCase().matchAll(/(-?)(?:"([^"]+)"|(\S+))/g)) {
      const text = (m[2] ?? m[3] ?? '').trim();
      if (text) needles.push({ text, not: m[1] === '-' });
    }
    const out: number[] = [];
    for (let i = 0; i < this.haystacks.length; i++) {
      const h = this.haystacks[i]!;
      if (needles.every((n) => h.includes(n.text) !== n.not)) out.push(i);
    }
    return out;
  }
}

/** Times `fn` in milliseconds. */
export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export const fmtMs = (ms: number): string =>
  Number.isNaN(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fmtMB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const fmtRatio = (r: number): string =>
  Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×` : '–';

/** A plain-text table with a header rule; numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
