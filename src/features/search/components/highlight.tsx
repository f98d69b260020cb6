import { useMemo } from 'react';
import { segmentText } from '@/core/highlight';
import { highlightRanges } from '@/core/search-highlight';

interface HighlightProps {
  text: string;
  /** `SearchMatch.terms` of the briefing; nothing is marked when absent or empty. */
  terms?: readonly string[];
}

/**
 * Text with the words a search matched in <mark> elements. React text nodes only: corpus text is never HTML.
 * @example <Highlight text={briefing.title} terms={outcome?.match(briefing.id)?.terms} />
 */
export function Highlight({ text, terms }: HighlightProps) {
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
}
