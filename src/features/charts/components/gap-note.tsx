import type { ChartDatum } from '@/core/view';

interface GapNoteProps {
  /** "No briefings on", "No briefings from". */
  lead: string;
  /** The values with no briefing in the corpus, in the chart's order. */
  absent: readonly Pick<ChartDatum, 'id' | 'label'>[];
  showAll: boolean;
  onToggle: () => void;
  /** What the rows are called: "themes", "regions". */
  noun: string;
}

/**
 * What a chart leaves out, in words: the values that have no briefing in the corpus are one sentence under the
 * chart instead of a wall of zero bars ("No briefings on: Classification (HS), Cultural heritage."), with a switch
 * that brings the zero rows back.
 */
export function GapNote({ lead, absent, showAll, onToggle, noun }: GapNoteProps) {
  if (absent.length === 0) return null;
  return (
    <p className="mt-3 text-sm text-muted">
      {lead}: {absent.map((d) => d.label).join(', ')}.{' '}
      <button
        type="button"
        aria-pressed={showAll}
        onClick={onToggle}
        className="font-semibold text-accent underline print:hidden"
      >
        {showAll ? `Hide the ${absent.length} with no briefings` : `Show all ${noun}`}
      </button>
    </p>
  );
}

/** Whether the view is narrower than the corpus (a filter, a query or a date range): then counts read "4 of 9". */
export function isNarrowed(data: readonly ChartDatum[]): boolean {
  return data.some((d) => d.count !== d.corpusCount);
}
