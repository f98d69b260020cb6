import { useMemo, type CSSProperties } from 'react';
import { TAG_KINDS } from '@/core/corpus';
import { segmentText, type Span } from '@/core/view';
import { kindColor } from '@/components/ui/kind-color';

interface EvidenceTextProps {
  text: string;
  spans: readonly Span[];
  /** Human names for span keys, for the hover title of a highlight. */
  nameOf: (key: string) => string;
  /** The tag kind a span key is evidence for: its colour marks the words. */
  kindOf: (key: string) => string;
}

/** At most this many kinds are told by stripes under one phrase; a country's name is also its region's evidence. */
const MAX_STRIPES = 3;

/**
 * How a phrase is marked: tinted with its first kind's colour and underlined with a stripe per kind (3 px each), so
 * evidence reads in the colours of the chips, bars and map, and never as the yellow of a search match.
 */
function markStyle(kinds: readonly string[]): CSSProperties {
  const colors = kinds.map((k) => kindColor(k) ?? 'var(--faint)').slice(0, MAX_STRIPES);
  return {
    background: `color-mix(in srgb, ${colors[0]} 14%, transparent)`,
    boxShadow: colors.map((c, i) => `inset 0 -${3 * (i + 1)}px ${c}`).join(', '),
    paddingBottom: `${3 * colors.length - 1}px`,
  };
}

/** Text with the evidence spans marked in place. Plain text nodes only: corpus text is never HTML. */
export function EvidenceText({ text, spans, nameOf, kindOf }: EvidenceTextProps) {
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
      {runs.map((run) => {
        if (run.keys.length === 0) return <span key={run.start}>{run.text}</span>;
        const present = new Set(run.keys.map(kindOf));
        const kinds = TAG_KINDS.filter((k) => present.has(k));
        return (
          <mark
            key={run.start}
            title={run.keys.map(nameOf).join(', ')}
            data-kinds={kinds.join(' ')}
            className="evidence"
            style={markStyle(kinds)}
          >
            {run.text}
          </mark>
        );
      })}
    </>
  );
}
