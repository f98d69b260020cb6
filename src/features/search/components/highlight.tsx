import { memo, useMemo } from 'react';
import { segmentText } from '@/core/view';
import { highlightRanges } from '@/core/search';

interface HighlightProps {
  text: string;
  /** `SearchMatch.terms` of the briefing; nothing is marked when absent or empty. */
  terms?: readonly string[];
}

/**
 * Text with the words a search matched in <mark> elements. React text nodes only: corpus text is never HTML.
 * @example <Highlight text={briefing.title} terms={outcome?.match(briefing.id)?.terms} />
 */
export const Highlight = memo(
  function Highlight({ text, terms }: HighlightProps) {
    const runs = useMemo(() => {
      const ranges = terms && terms.length > 0 ? highlightRanges(text, terms) : [];
      return segmentText(
        text,
        ranges.map(([start, end]) => ({ start, end, key: 'match' })),
      );
    }, [text, terms]);
    return (
      <>
        {runs.map((run) =>
          run.keys.length === 0 ? (
            <span key={run.start}>{run.text}</span>
          ) : (
            <mark key={run.start}>{run.text}</mark>
          ),
        )}
      </>
    );
  },
  // A new search gives each briefing a new terms list; equal terms mark the same words.
  (a, b) => a.text === b.text && sameTerms(a.terms, b.terms),
);

function sameTerms(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((t, i) => t === b[i]);
}
