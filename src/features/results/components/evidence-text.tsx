import { useMemo } from 'react';
import { segmentText, type Span } from '@/core/view';

interface EvidenceTextProps {
  text: string;
  spans: readonly Span[];
  /** Human names for span keys, for the hover title of a highlight. */
  nameOf: (key: string) => string;
}

/** Text with the evidence spans marked in place. Plain text nodes only: corpus text is never HTML. */
export function EvidenceText({ text, spans, nameOf }: EvidenceTextProps) {
  // Touching highlights read as one marked phrase ("Bosnia" inside "Bosnia and Herzegovina"), naming every tag.
  const runs = useMemo(() => {
    const merged: { text: string; start: number; keys: string[] }[] = [];
    for (const run of segmentText(text, spans)) {
      const last = merged[merged.length - 1];
      if (last && last.keys.length > 0 && run.keys.length > 0) {
        last.text += run.text;
        last.keys = [...new Set([...last.keys, ...run.keys])];
      } else merged.push({ ...run });
    }
    return merged;
  }, [text, spans]);
  return (
    <>
      {runs.map((run) =>
        run.keys.length === 0 ? (
          <span key={run.start}>{run.text}</span>
        ) : (
          <mark key={run.start} title={run.keys.map(nameOf).join(', ')}>
            {run.text}
          </mark>
        ),
      )}
    </>
  );
}
