import { useState } from 'react';
import { downloadBlob, downloadText, svgToPng } from '@/lib/download';

interface ChartExportButtonsProps {
  /** The chart's title, for the buttons' accessible names. */
  title: string;
  /** The file name for an extension ('svg', 'png'). */
  fileName: (extension: string) => string;
  /** Builds the standalone SVG, caption included, at click time (so it carries the view of that moment). */
  makeSvg: () => string;
}

const buttonClass =
  'rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm font-medium hover:bg-surface-2 disabled:opacity-50';

/** "SVG" and "PNG" downloads of a chart, each with its provenance caption baked in. */
export function ChartExportButtons({ title, fileName, makeSvg }: ChartExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        aria-label={`Download ${title} as SVG`}
        onClick={() => downloadText(makeSvg(), 'image/svg+xml', fileName('svg'))}
      >
        SVG
      </button>
      <button
        type="button"
        className={buttonClass}
        aria-label={`Download ${title} as PNG`}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            downloadBlob(await svgToPng(makeSvg(), 2), fileName('png'));
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        PNG
      </button>
      {error ? (
        <span role="alert" className="text-sm text-error-border">
          {error}
        </span>
      ) : null}
    </>
  );
}
